import {defaultClientConditions, defineConfig, type Plugin} from 'vite'

// The page must work when `dist/index.html` is opened straight from disk:
// browsers refuse module scripts (and `crossorigin` assets) on file:// URLs,
// so the bundle is one classic IIFE script loaded with `defer`.
function classicScript(): Plugin {
  return {
    name: 'selfless-playground-classic-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html.replace(/<script type="module" crossorigin/g, '<script defer').replace(/ crossorigin(?=[\s>])/g, '')
      }
    }
  }
}

export default defineConfig({
  base: './',
  // Resolve workspace packages to their TypeScript source: no build needed first.
  resolve: {conditions: ['@selfless/source', ...defaultClientConditions]},
  plugins: [classicScript()],
  build: {
    modulePreload: false,
    // One stylesheet linked from the page: with an IIFE bundle, split CSS
    // would be injected by the script instead, after a flash of unstyled page.
    cssCodeSplit: false,
    rolldownOptions: {output: {format: 'iife', codeSplitting: false}}
  }
})
