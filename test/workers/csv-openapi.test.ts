import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../analysis/csv.ts'
import * as z from '../../forms/zod.ts'
import { endpoints } from '../../worker/api/endpoints.ts'
import { openApiDocument } from '../../worker/api/openapi.ts'
import { apiError } from '../../worker/api/schemas.ts'
import { request } from './helpers.ts'

describe('CSV for German Excel', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('sagte "ja"')).toBe('"sagte ""ja"""')
    expect(csvCell('zwei\nZeilen')).toBe('"zwei\nZeilen"')
  })

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(evil).replace(/^"/, '')).toMatch(/^'/)
    expect(csvCell('=1;2')).toBe(`"'=1;2"`)
  })

  it('writes numbers with a decimal comma and leaves negative numbers numeric', () => {
    expect(csvCell(3.25)).toBe('3,25')
    expect(csvCell(-0.5)).toBe('-0,5')
    expect(csvCell(null)).toBe('')
  })

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa;b\r\n1;x\r\n')
  })
})

describe('the OpenAPI document', () => {
  it('is served as generated from the schemas (npm run openapi writes it anew)', async () => {
    const generated = `${JSON.stringify(openApiDocument(), null, 2)}\n`
    await expect(generated).toMatchFileSnapshot('../../worker/assets/api/openapi.json')
    expect(await (await request('/api/openapi.json')).json()).toEqual(openApiDocument())
  })

  it('lists every endpoint of the registry', async () => {
    const res = await request('/api/openapi.json')
    const doc = await res.json<{
      openapi: string
      paths: Record<string, Record<string, unknown>>
    }>()
    expect(doc.openapi).toBe('3.1.0')
    for (const e of endpoints) expect(doc.paths[e.path]?.[e.method]).toBeDefined()
  })

  it('has examples that validate against the schemas it was generated from', () => {
    for (const e of endpoints.filter((x) => x.response)) {
      const result = e.response!.safeParse(e.example)
      expect([e.path, result.success, result.error?.issues]).toEqual([e.path, true, undefined])
    }
  })

  it('shows under each refusal an example of that status, in the shape every refusal has', () => {
    const doc = openApiDocument()
    const resolve = (r: any) =>
      r.$ref ? (doc.components.responses as any)[r.$ref.split('/').at(-1)] : r
    const seen = []
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods as Record<string, any>))
        for (const [status, response] of Object.entries(op.responses)) {
          if (Number(status) < 400) continue
          const example = resolve(response).content['application/json'].example
          expect(z.strictObject(apiError.shape).safeParse(example).success).toBe(true)
          seen.push([method, path, status, example.error.status])
        }
    expect(seen.filter(([, , status, shown]) => Number(status) !== shown)).toEqual([])
    expect(seen.length).toBeGreaterThan(50)
  })

  it('names, tags and types every operation and says where it is served', () => {
    const doc = openApiDocument()
    const ops = Object.values(doc.paths).flatMap((m) => Object.values(m) as any[])
    const ids = ops.map((op) => op.operationId)
    expect(new Set(ids).size).toBe(endpoints.length)
    for (const op of ops) {
      expect(op.tags).toHaveLength(1)
      expect(doc.tags.map((t) => t.name)).toContain(op.tags[0])
      const [status, success] = Object.entries(op.responses).find(([s]) => s < '300')! as any
      if (status !== '204')
        expect([op.operationId, Object.keys(success.content['application/json'].schema)]).toEqual([
          op.operationId,
          expect.arrayContaining([expect.stringMatching(/^(type|anyOf)$/)]),
        ])
    }
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })])
  })

  it('describes request bodies from the validating schemas', async () => {
    const doc = await (await request('/api/openapi.json')).json<any>()
    const body =
      doc.paths['/api/surveys/{id}/waves'].post.requestBody.content['application/json'].schema
    expect(body.required).toEqual(['label'])
    expect(body.additionalProperties).toBe(false)
  })

  it('has a readable page', async () => {
    const html = await (await request('/api')).text()
    expect(html).toContain('GET /api/surveys/{id}/findings')
  })
})
