import {defineConfig} from 'vitest/config'

export default defineConfig({
  // Node tests run in Vite's SSR environment: the source condition must be set
  // here, not under a top-level `resolve`, or tests would need a build first.
  ssr: {resolve: {conditions: ['@selfless/source']}},
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'test/**/*.test.ts']
  }
})
