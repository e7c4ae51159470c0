// Model lists (GET /v1/models, /api/v2/models, /api/ai/models) name each model, then each of its aliases right after
// it as a model of its own: clients pick the names they send from these lists.
export function withAliases<M extends { id: string; aliases: readonly string[] }, T>(
  models: readonly M[],
  entry: (model: M, id: string) => T,
): T[] {
  return models.flatMap((m) => [entry(m, m.id), ...m.aliases.map((alias) => entry(m, alias))])
}
