// Next's defaults. This file must exist: without it Next would look up the tree and load Balanza's next.config.ts
// (which reads the whole dataset), and the bare app would not be bare.
export default {};
