export { renderDocx, DEFAULT_DOCX_FONT, type RenderDocxOptions } from './render-docx'
