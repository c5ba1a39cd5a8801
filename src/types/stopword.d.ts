// The `stopword` package ships no types; we use only its English list. The search reads it from the package's
// ES module build: the same lists as its CommonJS main file, which Node must first scan for its exports
// (~20 ms more at every start).
declare module 'stopword' {
  export const eng: string[];
}
declare module 'stopword/dist/stopword.esm.mjs' {
  export const eng: string[];
}
