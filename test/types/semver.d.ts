// semver ships with npm's own tooling (a locked dependency of jest and others) but without types; the one test
// that uses it needs only these three functions.
declare module 'semver' {
  export function satisfies(version: string, range: string): boolean;
  export function minVersion(range: string): { version: string } | null;
  export function gte(a: string, b: string): boolean;
  const semver: { satisfies: typeof satisfies; minVersion: typeof minVersion; gte: typeof gte };
  export default semver;
}
