CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL
);
