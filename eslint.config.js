// ESLint (flat config): JavaScript and typescript-eslint recommended rules; formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'corpus/', '.citebot/', 'coverage/', 'bench/results/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `catch {}` and unused `_args` are deliberate in a few places.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters are what the decoding and hostile-input code looks for.
      'no-control-regex': 'off',
    },
  },
);
