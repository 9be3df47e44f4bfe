export const ACCESS_TEAM_DOMAIN = 'https://lernraum-test.cloudflareaccess.com'
export const ACCESS_AUD = 'lernraum-test-audience'

/**
 * A fresh RS256 key pair per test run (Web Crypto, the same in Node and workerd), standing in for Cloudflare Access's signing key: the
 * tests sign with the private half, and the public half is served as the team's JWKS.
 */
export async function accessTestKeys(name = 'other') {
  const pair = (await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify']
  )) as CryptoKeyPair
  const kid = `test-${name}-${Date.now()}`
  const publicJwk = {
    ...(await crypto.subtle.exportKey('jwk', pair.publicKey)),
    kid,
    alg: 'RS256',
    use: 'sig',
  }
  const privateJwk = {
    ...(await crypto.subtle.exportKey('jwk', pair.privateKey)),
    kid,
    alg: 'RS256',
  }
  return { publicJwk, privateJwk }
}
