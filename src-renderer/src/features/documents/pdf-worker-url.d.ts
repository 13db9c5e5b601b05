// Vite's `?url` import: the worker file is emitted next to the bundle and its URL given here
// (tsconfig.web.json has no vite/client types, so this one module is declared by hand).
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string
  export default url
}
