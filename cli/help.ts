// `hub --help`: every command on one screen.
export const HELP = `Hub operator CLI: works on the server's database (same settings: DATABASE_URL, HUB_DATA_DIR,
HUB_SECRET or HUB_SECRET_FILE). The embedded database is single-process: stop the server first, or use PostgreSQL.

Usage: hub <group> <command> [arguments] [--json]

  hub tokens create --name NAME --scopes all|admin[,chat,…] [--models 'openai/*'] [--expires-in 30d]
                    [--account NAME]        the account must exist; default: the operator's own "admin" account
                    [--budget 10/month] [--rpm N] [--tpm N] [--concurrency N]   on top of its account's
  hub tokens list
  hub tokens revoke ID
  hub tokens rotate ID                      a new secret for the same token; the old one stops working

  hub accounts create NAME [--billing postpaid|credits] [--budget USD/day|week|month|lifetime]
                           [--rpm N] [--tpm N] [--concurrency N]
  hub accounts set NAME|ID  the same flags; "none" removes a budget or limit
  hub accounts list
  hub accounts disable|enable NAME|ID       a disabled account's tokens are refused from the next request

  hub credits grant ACCOUNT USD [--expires 30d|DATE] [--note TEXT]   spent oldest-expiring first
  hub credits show ACCOUNT                  balance (the ledger's sum), open grants, latest ledger entries

  hub providers add NAME --type openai|anthropic|google|bedrock|ideogram [--base-url URL] [--disabled]
  hub providers list
  hub providers remove NAME                 with its credentials and models

  hub credentials add PROVIDER --name NAME --api-key KEY    (KEY "-" reads it from stdin)
  hub credentials add PROVIDER --name NAME --access-key-id ID --secret-access-key KEY --region REGION
                                            [--session-token TOKEN]       (bedrock)
  hub credentials list PROVIDER             with weights, and why Hub disabled one (its provider refused it)
  hub credentials enable|disable PROVIDER CREDENTIAL_ID      enabling clears the reason
  hub credentials weight PROVIDER CREDENTIAL_ID N            share of calls among healthy credentials
  hub credentials remove PROVIDER CREDENTIAL_ID

  hub models add PROVIDER/MODEL [--type chat|embedding|image|audio] [--input-price USD] [--output-price USD]
                                [--upstream-model NAME] [--max-output-tokens N] [--disabled]
                                            prices: USD per 1M tokens; max output: what a credits call reserves
  hub models list
  hub models remove PROVIDER/MODEL

  hub usage summary [--by model|token] [--since 30d | --from DATE [--to DATE]]

Options:
  --json       print JSON instead of text
  -h, --help   this help`
