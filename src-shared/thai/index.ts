// Thai locale helpers shared by main, renderer and CLI: pure TS, Intl only.
export * from './digits';
export * from './dates';
export * from './fiscal';
