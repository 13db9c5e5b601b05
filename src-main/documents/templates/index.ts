/** Templates: the fixed wording of each document, as files an office can adjust. */
export {
  KIND_LABELS,
  MEMO_KINDS,
  TEMPLATE_KINDS,
  TEMPLATE_VARIABLES,
  VARIABLE_INFO,
  isTemplateKind,
  variablesFor,
  type MemoKind,
  type TemplateKind,
  type VariableOf,
  type Variables
} from './kinds'
export { fill, listVariableOf, placeholderProblem, placeholdersIn } from './placeholders'
export { parseTemplate, type AnnouncementTemplate, type MemoTemplate, type QuarterlyLogTemplate, type RequestFormTemplate, type TemplateOf } from './schema'
export { TemplateStore, type TemplateSource, type TemplateStoreOptions } from './template-store'
