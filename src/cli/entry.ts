// The entry of the one-file CLI bundle (webpack --env cli): main without main.ts's own `require.main === module`
// start, which webpack turns into "this is the entry" — bin/bangfu.js calls main itself.
export { main } from './main';
