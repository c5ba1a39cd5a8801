/**
 * Dot products of int8 vector rows in WebAssembly SIMD: 16 values a step (widened to 16 bits, multiplied and
 * summed pairwise into four 32-bit sums by `i32x4.dot_i16x8_s`), against one product a step in JavaScript. The
 * sums are integers either way, so every cosine is the same to the last bit (`WordVectors.cosineById`
 * multiplies the same integer by the same two norms); a new cosine took ~100 ns in JavaScript and ~20 ns here,
 * and answering at 2k passages computes a few hundred a question.
 *
 * The rows must lie in the module's memory: a vector file is read straight into a `WebAssembly.Memory`
 * (`bytesInWasmMemory`), so nothing is copied and the table is held once. Where WebAssembly SIMD is not
 * available, `bytesInWasmMemory` gives plain bytes and the JavaScript loop is used.
 */

/** The few WebAssembly APIs used here (the project's `lib` declares none). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}
const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** `dot(a, b, n)`: the dot product of the `n` int8 values at byte offsets `a` and `b` of the memory. */
export type Int8Dot = (a: number, b: number, n: number) => number;

/** Memories made by `bytesInWasmMemory`, by their buffer: a table whose rows lie in one gets its `Int8Dot`. */
const memories = new WeakMap<ArrayBufferLike, WasmMemory>();
/** Each memory's instance (a table is opened once per process; tests open several). */
const dots = new WeakMap<WasmMemory, Int8Dot>();

const PAGE = 65_536;

/**
 * `size` bytes of a new WebAssembly memory, for a vector file to be read into; a plain Uint8Array when
 * WebAssembly SIMD is not available.
 */
export function bytesInWasmMemory(size: number): Uint8Array {
  if (!wasm || !module()) return new Uint8Array(size);
  const pages = Math.max(1, Math.ceil(size / PAGE));
  const memory = new wasm.Memory({ initial: pages, maximum: pages });
  memories.set(memory.buffer, memory);
  return new Uint8Array(memory.buffer, 0, size);
}

/** The SIMD dot product over the memory that holds these bytes, if they lie in one (see `bytesInWasmMemory`). */
export function int8DotFor(bytes: ArrayBufferView): Int8Dot | undefined {
  const memory = memories.get(bytes.buffer);
  const compiled = module();
  if (!memory || !compiled || !wasm) return undefined;
  let dot = dots.get(memory);
  if (!dot) {
    const instance = new wasm.Instance(compiled, { e: { m: memory } });
    dot = instance.exports.dot as Int8Dot;
    dots.set(memory, dot);
  }
  return dot;
}

let compiledModule: object | null | undefined;

/** The compiled module, or null where WebAssembly SIMD is not supported. */
function module(): object | null {
  if (compiledModule === undefined) {
    const bytes = moduleBytes();
    compiledModule = wasm?.validate(bytes) ? new wasm.Module(bytes) : null;
  }
  return compiledModule;
}

/** Unsigned LEB128, as the binary format writes numbers. */
function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

const simd = (op: number) => [0xfd, ...leb(op)];
const get = (local: number) => [0x20, local];
const set = (local: number) => [0x21, local];
const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];

/**
 * The module, assembled here (no toolchain needed): it imports its memory as `e.m` and exports
 *
 *   (func $dot (param $a i32) (param $b i32) (param $n i32) (result i32)
 *     (local $end i32) (local $sum i32) (local $acc v128) (local $va v128) (local $vb v128)
 *     end = a + n
 *     while (a + 16 <= end)   acc += dot(widen_low(va), widen_low(vb)) + dot(widen_high(va), widen_high(vb))
 *     while (a < end)         sum += load8_s(a) * load8_s(b)
 *     return sum + acc[0] + acc[1] + acc[2] + acc[3])
 *
 * Locals 0-2 are the parameters, then end 3, sum 4, acc 5, va 6, vb 7. No read goes past a row's end.
 */
function moduleBytes(): Uint8Array {
  const step = (by: number, local: number) => [...get(local), 0x41, by, 0x6a, ...set(local)]; // local += by
  const code = [
    ...get(0),
    ...get(2),
    0x6a,
    ...set(3), // end = a + n
    ...simd(0x0c),
    ...new Array<number>(16).fill(0),
    ...set(5), // acc = v128.const 0
    0x02,
    0x40,
    0x03,
    0x40, // block, loop
    ...get(0),
    0x41,
    16,
    0x6a,
    ...get(3),
    0x4b,
    0x0d,
    1, // br_if out when a + 16 > end (i32.gt_u)
    ...get(0),
    ...simd(0x00),
    0,
    0,
    ...set(6), // va = v128.load a
    ...get(1),
    ...simd(0x00),
    0,
    0,
    ...set(7), // vb = v128.load b
    ...get(5),
    ...get(6),
    ...simd(0x87),
    ...get(7),
    ...simd(0x87),
    ...simd(0xba),
    ...simd(0xae), // + dot(low halves)
    ...get(6),
    ...simd(0x88),
    ...get(7),
    ...simd(0x88),
    ...simd(0xba),
    ...simd(0xae), // + dot(high halves)
    ...set(5),
    ...step(16, 0),
    ...step(16, 1),
    0x0c,
    0,
    0x0b,
    0x0b, // br loop; end; end
    0x02,
    0x40,
    0x03,
    0x40, // block, loop
    ...get(0),
    ...get(3),
    0x4f,
    0x0d,
    1, // br_if out when a >= end (i32.ge_u)
    ...get(4),
    ...get(0),
    0x2c,
    0,
    0,
    ...get(1),
    0x2c,
    0,
    0,
    0x6c,
    0x6a,
    ...set(4), // sum += a[0] * b[0]
    ...step(1, 0),
    ...step(1, 1),
    0x0c,
    0,
    0x0b,
    0x0b,
    ...get(4), // sum + each lane of acc (i32x4.extract_lane)
    ...[0, 1, 2, 3].flatMap((lane) => [...get(5), ...simd(0x1b), lane, 0x6a]),
    0x0b,
  ];
  const body = [0x02, 0x02, 0x7f, 0x03, 0x7b, ...code]; // locals: 2 x i32, 3 x v128
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, [1, 0x60, 3, 0x7f, 0x7f, 0x7f, 1, 0x7f]), // type: (i32, i32, i32) -> i32
    ...section(2, [1, 1, 0x65, 1, 0x6d, 0x02, 0x00, 1]), // import "e" "m": memory, at least 1 page
    ...section(3, [1, 0]), // one function of type 0
    ...section(7, [1, 3, 0x64, 0x6f, 0x74, 0x00, 0]), // export "dot": function 0
    ...section(10, [1, ...leb(body.length), ...body]), // its code
  ]);
}
