// Types of scripts/start.mjs for the tests that import it.
export declare const MISSING_ELECTRON_LINE: string
export declare function electronBinary(root: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | null
