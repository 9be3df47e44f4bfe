import * as esbuild from 'esbuild'
const r = await esbuild.build({ entryPoints: ['worker/index.tsx'], bundle: true, minify: true, format: 'esm', platform: 'neutral', metafile: true, write: false, outfile: '/tmp/x.js', jsx: 'automatic', jsxImportSource: 'hono/jsx', external: ['cloudflare:*','node:*'], conditions: ['workerd','worker','browser'], mainFields: ['browser','module','main'],
 alias: {"@babel/runtime-corejs3/core-js/instance/trim": "./worker/shims/babel-trim.ts", "@babel/runtime-corejs3/helpers/esm/defineProperty": "./worker/shims/babel-define-property.ts"}, loader: {'.sql':'text'} })
const out = Object.values(r.metafile.outputs)[0]
const pre = process.argv[2]
for (const [f,v] of Object.entries(out.inputs).filter(([f])=>f.includes(pre)).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(String(v.bytesInOutput).padStart(8), f)
