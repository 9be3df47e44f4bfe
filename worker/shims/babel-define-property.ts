// Babel's class-field helper without the core-js-pure polyfill behind it (see babel-trim.ts).
export default function defineProperty<T extends object>(
  target: T,
  key: PropertyKey,
  value: unknown
): T {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  })
  return target
}
