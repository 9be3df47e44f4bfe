/** The site icon: a plain square with an L, small enough to inline and served as is. */
export const faviconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4f6c"/><path d="M11 7h4v14h8v4H11z" fill="#fff"/></svg>
`

export const faviconPath = '/favicon.svg'
