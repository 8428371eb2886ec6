/** Types of scripts/windowsZones.mjs: each returns the source of an ES module. */
export function primaryRowsModule(): string;
export function findWindowsModule(): string;
