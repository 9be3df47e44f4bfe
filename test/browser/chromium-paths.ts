import path from 'node:path'

/** Screenshots and the pages the suite saw land here; git ignores the folder. */
export const artifacts = path.resolve(import.meta.dirname, '../../test-artifacts')

/** Where an artifact named in words ("interview form.de.png") is written. */
export const artifactPath = (name: string) => path.join(artifacts, name.replaceAll(' ', '-'))
