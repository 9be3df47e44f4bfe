import { Hono } from 'hono'

const app = new Hono<{ Bindings: { DB: D1Database } }>()

app.post('/', async (c) => {
  await c.env.DB.prepare('INSERT INTO submissions (id, body) VALUES (?1, ?2)')
    .bind(crypto.randomUUID(), await c.req.text())
    .run()
  return c.body(null, 201)
})

export default app
