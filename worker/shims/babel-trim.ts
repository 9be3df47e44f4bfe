// mimetext's browser build calls Babel's core-js `trim` helper as `trim(s).call(s)`. Workers
// have String.prototype.trim natively; this stands in for core-js-pure (38 KB of the bundle).
export default (it: string) => it.trim
