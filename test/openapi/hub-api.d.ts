// Generated from Hub's /openapi.json by openapi-typescript. Do not edit: run `npm run openapi:types`.
export interface paths {
    "/__blocklet__.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the AIGNE Hub API is mounted, for AIGNE clients */
        get: operations["getBlockletInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts, newest first (cursor pagination) */
        get: operations["listAccounts"];
        put?: never;
        /** Create an account (full admin only), postpaid or on credits, with a budget and limits; tokens are then issued to it */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, disable or enable an account, set its billing mode, budget or limits (full admin only); applies from the next request */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/admin/accounts/{id}/credits/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund (+) or adjust (±) an account’s credits with a note (full admin only), audited */
        post: operations["adjustCredits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/credits/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's credit grants, newest first (cursor pagination) */
        get: operations["listCreditGrants"];
        put?: never;
        /** Grant credits to an account (full admin only): a grant and its ledger entry, audited */
        post: operations["grantCredits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/credits/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's credit ledger, newest first (cursor pagination): the balance is its sum */
        get: operations["listCreditLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full admins: every admin write (API and CLI), newest first: who, what, when, the target before and after */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deployments, or one model's */
        get: operations["listDeployments"];
        put?: never;
        /**
         * Add a deployment to a model: another provider (or pinned credential) its calls can go to
         * @description A model with deployments is served by them only (its own provider too only if it has one); calls go to the lowest priority with a healthy deployment, weighted random within it, and fail over before the first byte.
         */
        post: operations["createDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deployments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one deployment */
        get: operations["getDeployment"];
        put?: never;
        post?: never;
        /** Delete a deployment */
        delete: operations["deleteDeployment"];
        options?: never;
        head?: never;
        /** Change a deployment: upstream model, pinned credential, weight, priority, enabled */
        patch: operations["updateDeployment"];
        trace?: never;
    };
    "/api/admin/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every model in the catalogue, with prices */
        get: operations["listModels"];
        put?: never;
        /** Add a model to the catalogue, with its prices per 1M tokens */
        post: operations["createModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one model by id (provider/model, URL-encoded or raw) */
        get: operations["getModel"];
        put?: never;
        post?: never;
        /** Delete a model from the catalogue */
        delete: operations["deleteModel"];
        options?: never;
        head?: never;
        /** Change a model: upstream name, type, prices, enabled */
        patch: operations["updateModel"];
        trace?: never;
    };
    "/api/admin/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List providers with their credentials (masked) */
        get: operations["listProviders"];
        put?: never;
        /** Register a provider; its name is the prefix of its model ids */
        post: operations["createProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one provider */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        /** Delete a provider with its credentials and models */
        delete: operations["deleteProvider"];
        options?: never;
        head?: never;
        /** Change a provider: name, base URL, enabled */
        patch: operations["updateProvider"];
        trace?: never;
    };
    "/api/admin/providers/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check each enabled credential with one small chat call (one output token, not metered)
         * @description A refused credential (401/403) is disabled with the reason, as a refused call would have it; an answer ends its cooldown on this server.
         */
        post: operations["checkProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/providers/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a provider's credentials (masked) */
        get: operations["listCredentials"];
        put?: never;
        /**
         * Add an API key (AWS access keys for bedrock); it is stored encrypted and only ever shown masked
         * @description Once saved, the key is checked with one small chat call (as POST /:id/check does); a key the provider refuses is kept disabled with the reason.
         */
        post: operations["createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/providers/{id}/credentials/{credentialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of a provider's credentials */
        delete: operations["deleteCredential"];
        options?: never;
        head?: never;
        /**
         * Rename, reweigh, enable or disable a credential (enabling clears why Hub disabled it), or replace its key
         * @description A new `apiKey` is checked once saved, as on create (`?check=false` skips it): a key the provider refuses is kept disabled with the reason. A new key ends the credential's cooldown and re-enables it if Hub had disabled it (not if the operator did, or the body says `enabled: false`). An explicit `enabled` is the operator's word and clears Hub's reason either way.
         */
        patch: operations["updateCredential"];
        trace?: never;
    };
    "/api/admin/providers/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This server's view of the provider's credentials: healthy, cooling down or probing, or disabled, and their load */
        get: operations["getProviderHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the console is signed in as, and the session's CSRF token (after a page reload) */
        get: operations["getSession"];
        put?: never;
        /** Sign in to the console: an admin token becomes an HttpOnly, SameSite=Strict session cookie for /api/admin */
        post: operations["createSession"];
        /** Sign out: clears the session cookie (revoke the token to end every session it opened) */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List access tokens, newest first (cursor pagination) */
        get: operations["listTokens"];
        put?: never;
        /** Issue an access token within what the calling token holds; the plaintext is returned only here */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one access token (never its secret) */
        get: operations["getToken"];
        put?: never;
        post?: never;
        /** Revoke a token; it is refused from the very next request */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        /** Change name, scopes, models, expiry, budget or limits; applies from the very next request */
        patch: operations["updateToken"];
        trace?: never;
    };
    "/api/admin/tokens/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the secret of a token; the old secret stops working at once */
        post: operations["rotateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usage records of every token (a limited admin: its own account's), newest first */
        get: operations["listUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/usage.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usage records as CSV (the list filters; a limited admin: its own account), newest first, streamed */
        get: operations["exportUsageCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/usage/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usage records the database refused, each with its error, newest first */
        get: operations["listUsageDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/usage/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests, errors, tokens, cost and latency over a period, grouped by model, provider, token, account, app, day or hour (UTC) */
        get: operations["summarizeUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every enabled model with its prices, as AIGNE Hub lists them, each followed by its aliases */
        get: operations["listAigneModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AIGNE Hub's user info for the `aigne` CLI: the account and its credit balance (USD) */
        get: operations["getAigneUserInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/audio/speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI's text to speech, streamed back */
        post: operations["createSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/audio/transcriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI's speech to text; the upload is streamed to the provider */
        post: operations["createTranscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AIGNE's chat model invoke, as the @aigne/aigne-hub client sends it
         * @description The body is `{input: ChatModelInput, options}`; the model is `input.modelOptions.model` ("provider/model"). With `options.streaming: true` the answer is `text/event-stream` of `data: {"delta":…}` frames (no `[DONE]`); a failure after the first frame is `event: error` with `data: {"message"}`.
         */
        post: operations["invokeAigneChatModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OpenAI's Chat Completions, to any provider
         * @description Speaks OpenAI's wire format in and out. With `stream: true` the answer is `text/event-stream` of `chat.completion.chunk` frames ending with `data: [DONE]`. Models are named `provider/model`.
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's billing mode, live balance, open grants, budgets and rate limits as they stand, and latest charges */
        get: operations["getOwnCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Embeddings, in OpenAI's format or the AIGNE framework's
         * @description With `input` a string, an array of strings or of token arrays, this is OpenAI's endpoint. With `input` an object (`{input: {input, modelOptions: {model}}}`), it is the AIGNE framework's, answered as `{embeddings, model, usage}`.
         */
        post: operations["createEmbeddings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Image generation in the AIGNE framework's format (the @aigne/aigne-hub client's ImageModel) */
        post: operations["createAigneImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/image/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI's image generation, to any provider */
        post: operations["createImageSingular"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/images/edits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI's image edits (multipart), to providers that edit images */
        post: operations["createImageEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI's image generation, to any provider */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Anthropic's Messages API, to any provider
         * @description The Messages wire format in and out (`anthropic-version` accepted). With `stream: true` the answer is `text/event-stream` of Anthropic events: message_start, content_block_start/delta/stop, message_delta, message_stop (and ping); a failure after the first byte is `event: error`. Models are named `provider/model`, and the answer names the model as asked.
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/messages/count_tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Input tokens of a Messages request (exact from anthropic-type providers, else estimated)
         * @description Not billed. Anthropic-type providers count the request themselves; for other provider types the count is estimated at four characters a token.
         */
        post: operations["countMessageTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The models this token may use, in OpenAI's list shape, each followed by its aliases */
        get: operations["listAvailableModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model this token may use (its id URL-encoded or raw, or an alias); any other id is a 404 */
        get: operations["retrieveModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OpenAI's Responses API, to any provider
         * @description Text and image input, function tools, structured output (`text.format`) and reasoning text, translated for every provider. With `stream: true` the answer is `text/event-stream` of Responses events (`event: response.created` … `response.completed`). Stateless: `previous_response_id` and `store: true` are refused with 400; built-in tools (web search, file search…) too.
         */
        post: operations["createResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether Hub can serve model calls, as AIGNE Hub answers it; with ?model= (and a token) whether this caller can call that model now */
        get: operations["getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling token's own usage records, newest first */
        get: operations["getOwnUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Video generation in the AIGNE framework's format (the @aigne/aigne-hub client's VideoModel)
         * @description Waits for the provider's job (at most VIDEO_WAIT_MS) and answers with the video as a base64 `file` part. Billed per second of video at the model's outputPrice; a failed job costs nothing.
         */
        post: operations["createAigneVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: requests, latency, tokens, cost, usage writer, token cache, routing */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable and usage records are being written */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audio/speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI's text to speech, streamed back */
        post: operations["openaiCreateSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audio/transcriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI's speech to text; the upload is streamed to the provider */
        post: operations["openaiCreateTranscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OpenAI's Chat Completions, to any provider
         * @description Speaks OpenAI's wire format in and out. With `stream: true` the answer is `text/event-stream` of `chat.completion.chunk` frames ending with `data: [DONE]`. Models are named `provider/model`.
         */
        post: operations["openaiCreateChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Embeddings, in OpenAI's format or the AIGNE framework's
         * @description With `input` a string, an array of strings or of token arrays, this is OpenAI's endpoint. With `input` an object (`{input: {input, modelOptions: {model}}}`), it is the AIGNE framework's, answered as `{embeddings, model, usage}`.
         */
        post: operations["openaiCreateEmbeddings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/edits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI's image edits (multipart), to providers that edit images */
        post: operations["openaiCreateImageEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI's image generation, to any provider */
        post: operations["openaiCreateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Anthropic's Messages API, to any provider
         * @description The Messages wire format in and out (`anthropic-version` accepted). With `stream: true` the answer is `text/event-stream` of Anthropic events: message_start, content_block_start/delta/stop, message_delta, message_stop (and ping); a failure after the first byte is `event: error`. Models are named `provider/model`, and the answer names the model as asked.
         */
        post: operations["createMessageV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/count_tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Input tokens of a Messages request (exact from anthropic-type providers, else estimated)
         * @description Not billed. Anthropic-type providers count the request themselves; for other provider types the count is estimated at four characters a token.
         */
        post: operations["countMessageTokensV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The models this token may use, in OpenAI's list shape, each followed by its aliases */
        get: operations["openaiListAvailableModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model this token may use (its id URL-encoded or raw, or an alias); any other id is a 404 */
        get: operations["openaiRetrieveModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OpenAI's Responses API, to any provider
         * @description Text and image input, function tools, structured output (`text.format`) and reasoning text, translated for every provider. With `stream: true` the answer is `text/event-stream` of Responses events (`event: response.created` … `response.completed`). Stateless: `previous_response_id` and `store: true` are refused with 400; built-in tools (web search, file search…) too.
         */
        post: operations["openaiCreateResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Account: {
            /** @description postpaid: metered only; credits: prepaid, a call is refused (402) when the balance cannot cover it */
            billingMode: "postpaid" | "credits";
            budget: components["schemas"]["Budget"] | null;
            concurrency: number | null;
            /** Format: date-time */
            createdAt: string;
            /** @description A disabled account's tokens are refused (403 account_disabled) */
            disabled: boolean;
            disabledAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            rpm: number | null;
            tpm: number | null;
        };
        AccountCreateBody: {
            /** @description postpaid: metered only; credits: prepaid, a call is refused (402) when the balance cannot cover it */
            billingMode?: "postpaid" | "credits";
            /** @description null removes the budget */
            budget?: components["schemas"]["Budget"] | null;
            limits?: components["schemas"]["Limits"];
            name: string;
        };
        AccountPage: {
            data: components["schemas"]["Account"][];
            /** @description null on the last page */
            nextCursor: string | null;
        };
        AccountPatchBody: {
            /** @description postpaid: metered only; credits: prepaid, a call is refused (402) when the balance cannot cover it */
            billingMode?: "postpaid" | "credits";
            /** @description null removes the budget */
            budget?: components["schemas"]["Budget"] | null;
            /** @description true refuses every token of the account from the next request */
            disabled?: boolean;
            limits?: components["schemas"]["Limits"];
            name?: string;
        };
        AigneChatInput: {
            messages: components["schemas"]["AigneMessage"][];
            modelOptions?: components["schemas"]["AigneModelOptions"] | null;
            responseFormat?: (({
                /** @enum {string} */
                type: "text";
            } & {
                [key: string]: unknown;
            }) | ({
                jsonSchema: {
                    description?: string | null;
                    name: string;
                    schema: {
                        [key: string]: unknown;
                    };
                    strict?: boolean | null;
                } & {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "json_schema";
            } & {
                [key: string]: unknown;
            })) | null;
            toolChoice?: ("auto" | "none" | "required" | components["schemas"]["AigneTool"]) | null;
            tools?: components["schemas"]["AigneTool"][] | null;
        } & {
            [key: string]: unknown;
        };
        AigneChatOutput: {
            /** @description With a json_schema responseFormat */
            json?: {
                [key: string]: unknown;
            };
            /** @description The upstream's name for the model */
            model: string;
            /** @description The Hub model id, "provider/model" */
            modelWithProvider: string;
            refusal?: string;
            text?: string;
            /** @description Reasoning text, when the provider returns it */
            thoughts?: string;
            toolCalls?: components["schemas"]["AigneToolCall"][];
            usage?: components["schemas"]["AigneUsage"];
        } & {
            [key: string]: unknown;
        };
        AigneChatRequest: {
            agent?: string | null;
            input: components["schemas"]["AigneChatInput"];
            model?: string | null;
            options?: ({
                returnProgressChunks?: boolean | null;
                streaming?: boolean | null;
            } & {
                [key: string]: unknown;
            }) | null;
        } & {
            [key: string]: unknown;
        };
        AigneEmbeddingRequest: {
            input: {
                dimensions?: number;
                input: string | string[];
                modelOptions?: {
                    model?: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            /** @description Used when input.modelOptions.model is absent */
            model?: string;
        } & {
            [key: string]: unknown;
        };
        AigneEmbeddingResponse: {
            embeddings: number[][];
            model: string;
            usage: {
                /** @description The cost in USD: the usage record's cost */
                aigneHubCredits?: number;
                /** @enum {string} */
                creditPrefix?: "$";
                inputTokens: number;
                outputTokens: number;
            } & {
                [key: string]: unknown;
            };
        };
        AigneFileContent: {
            /** @description Base64 file content */
            data: string;
            filename?: string | null;
            mimeType?: string | null;
            /** @enum {string} */
            type: "file";
        } & {
            [key: string]: unknown;
        };
        AigneImage: {
            mimeType?: string;
            /** @enum {string} */
            type: "url";
            url: string;
        } | {
            data: string;
            mimeType?: string;
            /** @enum {string} */
            type: "file";
        };
        AigneImageOutput: {
            images: components["schemas"]["AigneImage"][];
            model: string;
            modelWithProvider: string;
            usage: components["schemas"]["AigneUsage"];
        };
        AigneImageRequest: {
            input: {
                modelOptions?: {
                    model?: string;
                } & {
                    [key: string]: unknown;
                };
                n?: number;
                /** @description url, file or local: how the client saves them */
                outputFileType?: string;
                prompt: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Used when input.modelOptions.model is absent */
            model?: string;
        } & {
            [key: string]: unknown;
        };
        AigneMessage: {
            cacheControl?: ({
                ttl?: ("5m" | "1h") | null;
                /** @enum {string} */
                type: "ephemeral";
            } & {
                [key: string]: unknown;
            }) | null;
            content?: (string | (components["schemas"]["AigneTextContent"] | components["schemas"]["AigneFileContent"] | components["schemas"]["AigneUrlContent"])[]) | null;
            name?: string | null;
            /** @description "agent" is the assistant */
            role: "system" | "user" | "agent" | "tool";
            toolCallId?: string | null;
            toolCalls?: components["schemas"]["AigneToolCall"][] | null;
        } & {
            [key: string]: unknown;
        };
        AigneModel: {
            /** @description USD per input token read from the prompt cache, as a decimal string */
            cache_read_credits_per_token?: string;
            /** @description USD per input token written to the prompt cache, as a decimal string */
            cache_write_credits_per_token?: string;
            /** @description USD per input token, as a decimal string */
            input_credits_per_token: string;
            /** @description The Hub model id, "provider/model" */
            key: string;
            /** @description The model name without the provider */
            model: string;
            modelMetadata: {
                [key: string]: unknown;
            } | null;
            /** @description USD per output token, as a decimal string */
            output_credits_per_token: string;
            provider: string;
            providerDisplayName: string;
            status: ({
                available: boolean;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description chat, image_generation, embedding or audio */
            type: string;
        } & {
            [key: string]: unknown;
        };
        AigneModelList: components["schemas"]["AigneModel"][];
        AigneModelOptions: {
            cacheConfig?: ({
                autoBreakpoints?: ({
                    lastMessage?: boolean | null;
                    system?: boolean | null;
                    tools?: boolean | null;
                } & {
                    [key: string]: unknown;
                }) | null;
                enabled?: boolean | null;
                ttl?: ("5m" | "1h") | null;
            } & {
                [key: string]: unknown;
            }) | null;
            frequencyPenalty?: number | null;
            modalities?: string[] | null;
            model?: string | null;
            parallelToolCalls?: boolean | null;
            presencePenalty?: number | null;
            reasoningEffort?: (number | string) | null;
            temperature?: number | null;
            topP?: number | null;
        } & {
            [key: string]: unknown;
        };
        AigneResponseDelta: {
            delta: {
                json?: {
                    [key: string]: unknown;
                };
                text?: {
                    text?: string;
                    thoughts?: string;
                };
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        AigneTextContent: {
            cacheControl?: ({
                ttl?: ("5m" | "1h") | null;
                /** @enum {string} */
                type: "ephemeral";
            } & {
                [key: string]: unknown;
            }) | null;
            text: string;
            /** @enum {string} */
            type: "text";
        } & {
            [key: string]: unknown;
        };
        AigneTool: {
            cacheControl?: ({
                ttl?: ("5m" | "1h") | null;
                /** @enum {string} */
                type: "ephemeral";
            } & {
                [key: string]: unknown;
            }) | null;
            function: {
                description?: string | null;
                name: string;
                /** @description A JSON Schema object */
                parameters: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            type: "function";
        } & {
            [key: string]: unknown;
        };
        AigneToolCall: {
            function: {
                /** @description A JSON object; a string only when the model produced arguments that are not JSON */
                arguments: {
                    [key: string]: unknown;
                } | string;
                name: string;
            } & {
                [key: string]: unknown;
            };
            id: string;
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            type: "function";
        } & {
            [key: string]: unknown;
        };
        AigneUrlContent: {
            filename?: string | null;
            mimeType?: string | null;
            /** @enum {string} */
            type: "url";
            url: string;
        } & {
            [key: string]: unknown;
        };
        AigneUsage: {
            /** @description The cost of this call in USD: the usage record's cost, exactly */
            aigneHubCredits?: number;
            /** @description Of inputTokens: written to the prompt cache */
            cacheCreationInputTokens?: number;
            /** @description Of inputTokens: read from the prompt cache */
            cacheReadInputTokens?: number;
            /** @enum {string} */
            creditPrefix?: "$";
            /** @description Every input token, cache reads and writes included (as OpenAI counts prompt_tokens) */
            inputTokens: number;
            outputTokens: number;
        } & {
            [key: string]: unknown;
        };
        AigneUserInfo: {
            creditBalance: {
                /** @description USD left (live: less what calls in flight reserved) */
                balance: string;
                /** @description Grants that still hold credits */
                grantCount: number;
                /** @description USD reserved by calls in flight */
                pendingCredit: string;
                /** @description USD ever credited */
                total: string;
            } | null;
            /** @enum {string} */
            creditPrefix: "$";
            /** @description Whether the account is on credits */
            enableCredit: boolean;
            paymentLink: string | null;
            profileLink: string;
            user: {
                /** @description The token's account id */
                did: string;
                email: string;
                /** @description The account's name */
                fullName: string;
            };
        };
        AigneVideoFile: {
            /** @description The video, base64 */
            data: string;
            filename?: string;
            mimeType: string;
            /** @enum {string} */
            type: "file";
        };
        AigneVideoOutput: {
            model: string;
            modelWithProvider: string;
            /** @description Length of the video, as billed */
            seconds: number;
            usage: components["schemas"]["AigneUsage"];
            videos: components["schemas"]["AigneVideoFile"][];
        };
        AigneVideoRequest: {
            input: {
                /** @description "provider/model"; input.modelOptions.model also names it */
                model?: string;
                modelOptions?: {
                    model?: string;
                } & {
                    [key: string]: unknown;
                };
                /** @description How the client saves the video; Hub sends a file */
                outputFileType?: string;
                prompt: string;
                /** @description Length in seconds, as the provider takes it (OpenAI: 4, 8 or 12) */
                seconds?: string | number;
                /** @description Resolution, e.g. "1280x720" */
                size?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Used when the input names no model */
            model?: string;
        } & {
            [key: string]: unknown;
        };
        AnthropicContentBlock: {
            /**
             * @description text, image, document, tool_use, tool_result, thinking, redacted_thinking…
             * @example text
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        AnthropicCountTokensRequest: {
            messages: components["schemas"]["AnthropicMessageParam"][];
            /** @description A Hub model id, "provider/model" */
            model: string;
            system?: string | components["schemas"]["AnthropicContentBlock"][];
            thinking?: {
                type: string;
            } & {
                [key: string]: unknown;
            };
            tool_choice?: {
                type: "auto" | "any" | "tool" | "none";
            } & {
                [key: string]: unknown;
            };
            tools?: components["schemas"]["AnthropicTool"][];
        } & {
            [key: string]: unknown;
        };
        AnthropicCountTokensResponse: {
            input_tokens: number;
        } & {
            [key: string]: unknown;
        };
        AnthropicErrorResponse: {
            error: {
                /** @description Hub's machine-readable code */
                code?: string;
                message: string;
                /** @example invalid_request_error */
                type: string;
            } & {
                [key: string]: unknown;
            };
            /** @enum {string} */
            type: "error";
        };
        AnthropicMessage: {
            content: components["schemas"]["AnthropicContentBlock"][];
            id: string;
            /** @description The model id the client asked for */
            model: string;
            /** @enum {string} */
            role: "assistant";
            stop_reason: string | null;
            stop_sequence: string | null;
            /** @enum {string} */
            type: "message";
            usage: components["schemas"]["AnthropicUsage"];
        } & {
            [key: string]: unknown;
        };
        AnthropicMessageParam: {
            content: string | components["schemas"]["AnthropicContentBlock"][];
            role: "user" | "assistant";
        } & {
            [key: string]: unknown;
        };
        AnthropicMessagesRequest: {
            max_tokens: number;
            messages: components["schemas"]["AnthropicMessageParam"][];
            metadata?: {
                user_id?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description A Hub model id, "provider/model" */
            model: string;
            stop_sequences?: string[];
            stream?: boolean;
            system?: string | components["schemas"]["AnthropicContentBlock"][];
            temperature?: number;
            thinking?: {
                type: string;
            } & {
                [key: string]: unknown;
            };
            tool_choice?: {
                type: "auto" | "any" | "tool" | "none";
            } & {
                [key: string]: unknown;
            };
            tools?: components["schemas"]["AnthropicTool"][];
            top_k?: number;
            top_p?: number;
        } & {
            [key: string]: unknown;
        };
        AnthropicTool: {
            description?: string;
            input_schema?: {
                [key: string]: unknown;
            };
            name: string;
        } & {
            [key: string]: unknown;
        };
        AnthropicUsage: {
            cache_creation_input_tokens?: number | null;
            cache_read_input_tokens?: number | null;
            input_tokens: number;
            output_tokens: number;
        } & {
            [key: string]: unknown;
        };
        AuditEvent: {
            /** @description e.g. token.create, token.update, account.update, provider.delete */
            action: string;
            actor: {
                /** @description First 8 characters of the acting token */
                hint: string | null;
                tokenId: string | null;
                /** @description An admin token through the API, the operator CLI, or Hub itself (first-start bootstrap) */
                type: "token" | "cli" | "system";
            };
            /** @description The target as the API shows it after the change; null on delete */
            after: unknown;
            /** @description The target as the API showed it before the change; null on create */
            before: unknown;
            /** Format: date-time */
            createdAt: string;
            /** @description Increasing; the cursor of the page that ends here */
            id: string;
            ip: string | null;
            requestId: string | null;
            target: {
                id: string;
                type: string;
            };
        };
        AuditPage: {
            data: components["schemas"]["AuditEvent"][];
            /** @description null on the last page */
            nextCursor: string | null;
        };
        BlockletInfo: {
            appName: string;
            componentMountPoints: ({
                /** @description AIGNE Hub's blocklet DID, which the client looks for */
                did: string;
                mountPoint: string;
                name: string;
                title: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        Budget: {
            /**
             * @description USD that may be spent per period
             * @example 10.00
             */
            amount: string;
            /** @description Calendar day, week or month (in BUDGET_TIME_ZONE), or never reset */
            period: "day" | "week" | "month" | "lifetime";
        };
        ChatCompletion: {
            choices: ({
                finish_reason: string | null;
                index: number;
                logprobs?: {
                    [key: string]: unknown;
                } | null;
                message: {
                    content: string | null;
                    reasoning_content?: string | null;
                    refusal?: string | null;
                    /** @enum {string} */
                    role: "assistant";
                    tool_calls?: components["schemas"]["ChatCompletionMessageToolCall"][];
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            created: number;
            id: string;
            model: string;
            /** @enum {string} */
            object: "chat.completion";
            service_tier?: string | null;
            system_fingerprint?: string | null;
            usage?: components["schemas"]["CompletionUsage"];
        } & {
            [key: string]: unknown;
        };
        ChatCompletionAssistantMessage: {
            audio?: ({
                id: string;
            } & {
                [key: string]: unknown;
            }) | null;
            content?: (string | (components["schemas"]["ChatCompletionContentPartText"] | ({
                refusal: string;
                /** @enum {string} */
                type: "refusal";
            } & {
                [key: string]: unknown;
            }))[]) | null;
            function_call?: ({
                arguments: string;
                name: string;
            } & {
                [key: string]: unknown;
            }) | null;
            name?: string;
            refusal?: string | null;
            /** @enum {string} */
            role: "assistant";
            tool_calls?: components["schemas"]["ChatCompletionMessageToolCall"][];
        } & {
            [key: string]: unknown;
        };
        ChatCompletionChunk: {
            choices: ({
                delta: {
                    content?: string | null;
                    reasoning_content?: string | null;
                    refusal?: string | null;
                    role?: string;
                    tool_calls?: components["schemas"]["ChatCompletionChunkToolCall"][];
                } & {
                    [key: string]: unknown;
                };
                finish_reason: string | null;
                index: number;
                logprobs?: {
                    [key: string]: unknown;
                } | null;
            } & {
                [key: string]: unknown;
            })[];
            created: number;
            id: string;
            model: string;
            /** @enum {string} */
            object: "chat.completion.chunk";
            service_tier?: string | null;
            system_fingerprint?: string | null;
            usage?: components["schemas"]["CompletionUsage"] | null;
        } & {
            [key: string]: unknown;
        };
        ChatCompletionChunkToolCall: {
            function?: {
                arguments?: string;
                name?: string;
            } & {
                [key: string]: unknown;
            };
            id?: string;
            index: number;
            /** @enum {string} */
            type?: "function";
        } & {
            [key: string]: unknown;
        };
        ChatCompletionContentPartFile: {
            file: {
                file_data?: string;
                file_id?: string;
                filename?: string;
            } & {
                [key: string]: unknown;
            };
            /** @enum {string} */
            type: "file";
        } & {
            [key: string]: unknown;
        };
        ChatCompletionContentPartImage: {
            image_url: {
                detail?: "auto" | "low" | "high";
                /** @description An http(s) URL or a data: URL with base64 image data */
                url: string;
            } & {
                [key: string]: unknown;
            };
            /** @enum {string} */
            type: "image_url";
        } & {
            [key: string]: unknown;
        };
        ChatCompletionContentPartInputAudio: {
            input_audio: {
                data: string;
                format: "wav" | "mp3";
            } & {
                [key: string]: unknown;
            };
            /** @enum {string} */
            type: "input_audio";
        } & {
            [key: string]: unknown;
        };
        ChatCompletionContentPartText: {
            text: string;
            /** @enum {string} */
            type: "text";
        } & {
            [key: string]: unknown;
        };
        ChatCompletionDeveloperMessage: {
            content: string | components["schemas"]["ChatCompletionContentPartText"][];
            name?: string;
            /** @enum {string} */
            role: "developer";
        } & {
            [key: string]: unknown;
        };
        /** @deprecated */
        ChatCompletionFunctionMessage: {
            content: string | null;
            name: string;
            /** @enum {string} */
            role: "function";
        } & {
            [key: string]: unknown;
        };
        ChatCompletionMessageParam: components["schemas"]["ChatCompletionDeveloperMessage"] | components["schemas"]["ChatCompletionSystemMessage"] | components["schemas"]["ChatCompletionUserMessage"] | components["schemas"]["ChatCompletionAssistantMessage"] | components["schemas"]["ChatCompletionToolMessage"] | components["schemas"]["ChatCompletionFunctionMessage"];
        ChatCompletionMessageToolCall: {
            function: {
                /** @description JSON-encoded arguments */
                arguments: string;
                name: string;
            } & {
                [key: string]: unknown;
            };
            id: string;
            /** @enum {string} */
            type: "function";
        } & {
            [key: string]: unknown;
        };
        ChatCompletionRequest: {
            audio?: ({
                format: string;
                voice: string;
            } & {
                [key: string]: unknown;
            }) | null;
            frequency_penalty?: number | null;
            /** @deprecated */
            function_call?: "none" | "auto" | ({
                name: string;
            } & {
                [key: string]: unknown;
            });
            /** @deprecated */
            functions?: ({
                description?: string;
                name: string;
                /** @description A JSON Schema object */
                parameters?: {
                    [key: string]: unknown;
                };
                strict?: boolean | null;
            } & {
                [key: string]: unknown;
            })[];
            logit_bias?: {
                [key: string]: number;
            } | null;
            logprobs?: boolean | null;
            max_completion_tokens?: number | null;
            max_tokens?: number | null;
            messages: components["schemas"]["ChatCompletionMessageParam"][];
            metadata?: {
                [key: string]: string;
            } | null;
            modalities?: ("text" | "audio")[] | null;
            /** @description A Hub model id: "provider/model", e.g. "openai/gpt-4o-mini" */
            model: string;
            n?: number | null;
            parallel_tool_calls?: boolean | null;
            prediction?: ({
                /** @enum {string} */
                type: "content";
            } & {
                [key: string]: unknown;
            }) | null;
            presence_penalty?: number | null;
            reasoning_effort?: string | null;
            response_format?: components["schemas"]["ChatCompletionResponseFormat"];
            seed?: number | null;
            service_tier?: string | null;
            stop?: (string | string[]) | null;
            store?: boolean | null;
            stream?: boolean | null;
            stream_options?: ({
                include_usage?: boolean;
            } & {
                [key: string]: unknown;
            }) | null;
            temperature?: number | null;
            tool_choice?: components["schemas"]["ChatCompletionToolChoiceOption"];
            tools?: components["schemas"]["ChatCompletionTool"][];
            top_logprobs?: number | null;
            top_p?: number | null;
            user?: string;
            web_search_options?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        ChatCompletionResponseFormat: ({
            /** @enum {string} */
            type: "text";
        } & {
            [key: string]: unknown;
        }) | ({
            /** @enum {string} */
            type: "json_object";
        } & {
            [key: string]: unknown;
        }) | ({
            json_schema: {
                description?: string;
                name: string;
                schema?: {
                    [key: string]: unknown;
                };
                strict?: boolean | null;
            } & {
                [key: string]: unknown;
            };
            /** @enum {string} */
            type: "json_schema";
        } & {
            [key: string]: unknown;
        });
        ChatCompletionSystemMessage: {
            content: string | components["schemas"]["ChatCompletionContentPartText"][];
            name?: string;
            /** @enum {string} */
            role: "system";
        } & {
            [key: string]: unknown;
        };
        ChatCompletionTool: {
            function: {
                description?: string;
                name: string;
                /** @description A JSON Schema object */
                parameters?: {
                    [key: string]: unknown;
                };
                strict?: boolean | null;
            } & {
                [key: string]: unknown;
            };
            /** @enum {string} */
            type: "function";
        } & {
            [key: string]: unknown;
        };
        ChatCompletionToolChoiceOption: "none" | "auto" | "required" | ({
            function: {
                name: string;
            } & {
                [key: string]: unknown;
            };
            /** @enum {string} */
            type: "function";
        } & {
            [key: string]: unknown;
        });
        ChatCompletionToolMessage: {
            content: string | components["schemas"]["ChatCompletionContentPartText"][];
            /** @enum {string} */
            role: "tool";
            tool_call_id: string;
        } & {
            [key: string]: unknown;
        };
        ChatCompletionUserMessage: {
            content: string | (components["schemas"]["ChatCompletionContentPartText"] | components["schemas"]["ChatCompletionContentPartImage"] | components["schemas"]["ChatCompletionContentPartInputAudio"] | components["schemas"]["ChatCompletionContentPartFile"])[];
            name?: string;
            /** @enum {string} */
            role: "user";
        } & {
            [key: string]: unknown;
        };
        CompletionUsage: {
            completion_tokens: number;
            completion_tokens_details?: ({
                accepted_prediction_tokens?: number;
                audio_tokens?: number;
                reasoning_tokens?: number;
                rejected_prediction_tokens?: number;
            } & {
                [key: string]: unknown;
            }) | null;
            prompt_tokens: number;
            prompt_tokens_details?: ({
                audio_tokens?: number;
                cached_tokens?: number;
            } & {
                [key: string]: unknown;
            }) | null;
            total_tokens: number;
        } & {
            [key: string]: unknown;
        };
        CreatedCredential: {
            /** @description The one small chat call made with the key once saved (on create, or when PATCH replaces it; not metered); null: skipped (?check=false, or a PATCH without a new key) or the provider serves no enabled chat model. A refused key (upstream_auth_failed) is saved disabled, with the reason; an unreachable provider does not stop the save */
            check: {
                /** @description The chat model it was checked with */
                model: string;
                result: components["schemas"]["CredentialCheck"];
            } | null;
            /** Format: date-time */
            createdAt: string;
            disabledAt: string | null;
            /** @description Why Hub disabled it (the provider refused it); cleared when it is enabled again */
            disabledReason: string | null;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            /** @description The key, masked: "sk-m…wxyz" */
            masked: string;
            name: string;
            /** @description Share of the provider's calls among its healthy credentials */
            weight: number;
        };
        CreateEmbeddingRequest: {
            dimensions?: number;
            encoding_format?: "float" | "base64";
            input: string | string[] | number[] | number[][];
            /** @description A Hub model id, "provider/model" */
            model: string;
            user?: string;
        } & {
            [key: string]: unknown;
        };
        CreateEmbeddingResponse: {
            data: ({
                embedding: number[] | string;
                index: number;
                /** @enum {string} */
                object: "embedding";
            } & {
                [key: string]: unknown;
            })[];
            model: string;
            /** @enum {string} */
            object: "list";
            usage: {
                prompt_tokens: number;
                total_tokens: number;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        CreateImageEditRequest: {
            /**
             * Format: binary
             * @description The image to edit; several as `image[]` (gpt-image-1)
             */
            image: string;
            /** Format: binary */
            mask?: string;
            /** @description A Hub model id, "provider/model" */
            model: string;
            n?: number;
            prompt: string;
            response_format?: "url" | "b64_json";
            size?: string;
        } & {
            [key: string]: unknown;
        };
        CreateImageRequest: {
            /** @description A Hub model id, "provider/model" */
            model: string;
            n?: number;
            prompt: string;
            quality?: string;
            response_format?: "url" | "b64_json";
            /** @description e.g. 1024x1024, or auto */
            size?: string;
            style?: string;
            user?: string;
        } & {
            [key: string]: unknown;
        };
        CreateSpeechRequest: {
            input: string;
            instructions?: string;
            /** @description A Hub model id, "provider/model" */
            model: string;
            response_format?: "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";
            speed?: number;
            /** @description alloy, ash, ballad, coral, echo, fable, onyx, nova, sage, shimmer… */
            voice: string;
        } & {
            [key: string]: unknown;
        };
        CreateTranscriptionRequest: {
            /**
             * Format: binary
             * @description The audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, webm)
             */
            file: string;
            language?: string;
            /** @description A Hub model id, "provider/model" */
            model: string;
            prompt?: string;
            /** @description json, text, srt, verbose_json or vtt */
            response_format?: string;
            temperature?: number;
        } & {
            [key: string]: unknown;
        };
        CreateTranscriptionResponse: {
            text: string;
            usage?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        Credential: {
            /** Format: date-time */
            createdAt: string;
            disabledAt: string | null;
            /** @description Why Hub disabled it (the provider refused it); cleared when it is enabled again */
            disabledReason: string | null;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            /** @description The key, masked: "sk-m…wxyz" */
            masked: string;
            name: string;
            /** @description Share of the provider's calls among its healthy credentials */
            weight: number;
        };
        CredentialCheck: {
            /** @description ok, or the error code */
            code: string;
            credentialId: string | null;
            message: string | null;
            ms: number;
            ok: boolean;
            /** @description What a call would have answered (200: the provider answered) */
            status: number;
        };
        CredentialCreateBody: {
            apiKey: string;
            name: string;
        } | {
            accessKeyId: string;
            name: string;
            /** @example us-east-1 */
            region: string;
            secretAccessKey: string;
            sessionToken?: string;
        };
        CredentialHealth: {
            /** Format: uuid */
            credentialId: string;
            disabledReason: string | null;
            enabled: boolean;
            /** @description This server's load measurements of the credential per model or deployment; only models with the least-busy or lowest-latency strategy are measured */
            load: {
                /** @description Calls in flight on this server now (what least-busy picks by) */
                inFlight: number;
                /** @description EWMA of the time to answer measured on this server (what lowest-latency picks by) */
                latencyMs: number | null;
                /** @description The last answer measured; older than ROUTING_REMEASURE_MS: the next call re-measures it */
                measuredAt: string | null;
                /** @description The model, or "model#deploymentId" for one of its deployments */
                model: string;
            }[];
            /** @description The models this credential recently failed for, each with its own cooldown */
            models: {
                cooldownUntil: string | null;
                model: string;
                /** @description Failures within ROUTING_COOLDOWN_WINDOW_MS on this server */
                recentFailures: number;
                state: "healthy" | "cooling" | "probing";
            }[];
            name: string;
            /** @description This server's view (its worst model's): a cooling credential is skipped for that model until cooldownUntil, then probed by one call */
            state: "healthy" | "cooling" | "probing" | "disabled";
            weight: number;
        };
        CredentialList: {
            data: components["schemas"]["Credential"][];
        };
        CredentialPatchBody: {
            /** @description A new API key in place of the old one (not for bedrock): stored encrypted, only ever shown masked, and checked as on create */
            apiKey?: string;
            /** @description Enabling a credential Hub disabled clears its reason */
            enabled?: boolean;
            name?: string;
            /** @description 0: used only when no other is */
            weight?: number;
        };
        CreditAdjustmentBody: {
            /**
             * @description Signed USD (not 0); a refund is positive
             * @example -2.50
             */
            amount: string;
            /** @default adjustment */
            kind: "adjustment" | "refund";
            /** @description Why: required, kept in the ledger */
            note: string;
            /** @description The call a refund is for */
            requestId?: string;
        };
        CreditGrant: {
            /** Format: uuid */
            accountId: string;
            /** @description USD granted */
            amount: string;
            /** Format: date-time */
            createdAt: string;
            expiredAt: string | null;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** @description USD still held; 0 once spent or expired */
            remaining: string;
        };
        CreditGrantBody: {
            /**
             * @description USD to grant (> 0, at most 10 decimals)
             * @example 10.00
             */
            amount: string;
            expiresAt?: string | null;
            note?: string;
        };
        CreditGrantPage: {
            data: components["schemas"]["CreditGrant"][];
            /** @description null on the last page */
            nextCursor: string | null;
        };
        CreditLedgerEntry: {
            /** Format: uuid */
            accountId: string;
            /** @description Signed USD; the balance is the sum of every entry */
            amount: string;
            /** Format: date-time */
            createdAt: string;
            grantId: string | null;
            /** @description Increasing; the cursor of the page that ends here */
            id: string;
            /** @description grant (+), charge (−, one per billed call), refund (+), expiry (−), adjustment (±) */
            kind: "grant" | "charge" | "refund" | "expiry" | "adjustment";
            note: string | null;
            requestId: string | null;
            tokenId: string | null;
        };
        CreditLedgerPage: {
            data: components["schemas"]["CreditLedgerEntry"][];
            /** @description null on the last page */
            nextCursor: string | null;
        };
        Deployment: {
            /** Format: date-time */
            createdAt: string;
            credentialId: string | null;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            modelId: string;
            priority: number;
            provider: string;
            /** Format: uuid */
            providerId: string;
            /** Format: date-time */
            updatedAt: string;
            upstreamModel: string;
            weight: number;
        };
        DeploymentCreateBody: {
            /** @description Pins one of the provider's credentials; null: any of them */
            credentialId?: string | null;
            enabled?: boolean;
            /** @description The public model id ("provider/model") */
            modelId: string;
            /** @description Lower first: a group is used while it has a healthy deployment, the next one only when it has none */
            priority?: number;
            /** @description The provider name that serves it */
            provider: string;
            /** @description The model's name at that provider */
            upstreamModel: string;
            /** @description Share of the calls within its priority group (0: only when no other is usable) */
            weight?: number;
        };
        DeploymentList: {
            data: components["schemas"]["Deployment"][];
        };
        DeploymentPatchBody: {
            credentialId?: string | null;
            enabled?: boolean;
            /** @description Lower first: a group is used while it has a healthy deployment, the next one only when it has none */
            priority?: number;
            upstreamModel?: string;
            /** @description Share of the calls within its priority group (0: only when no other is usable) */
            weight?: number;
        };
        ErrorResponse: {
            /**
             * @description Machine-readable code, e.g. token_expired
             * @example token_expired
             */
            code?: string;
            /**
             * @description HTTP status title, e.g. "Unauthorized"
             * @example Unauthorized
             */
            error: string;
            /** @description What went wrong, for people */
            message: string;
        } & {
            [key: string]: unknown;
        };
        Health: {
            status: string;
        };
        HubModel: {
            /** @description Other names clients may send for this model */
            aliases: string[];
            /** @description USD per 1M input tokens read from the prompt cache; null: inputPrice */
            cachedInputPrice: string | null;
            /** @description USD per 1M input tokens written to the prompt cache; null: inputPrice */
            cacheWritePrice: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Used when an AIGNE request of its type names no model */
            default: boolean;
            enabled: boolean;
            id: string;
            /** @description USD per 1M input tokens */
            inputPrice: string;
            /** @description Output ceiling reserved for a call that sets no max_tokens; null: none */
            maxOutputTokens: number | null;
            /** @description USD per 1M output tokens */
            outputPrice: string;
            /** @description Provider name */
            provider: string;
            /** @description How a call picks among the model's healthy candidates (deployments × credentials) in its best priority group: weighted (random by weight, the default), least-busy (fewest calls in flight on this server) or lowest-latency (fastest recent answers measured by this server; a candidate not measured within ROUTING_REMEASURE_MS gets the next call) */
            strategy: "weighted" | "least-busy" | "lowest-latency";
            type: string;
            /** Format: date-time */
            updatedAt: string;
            upstreamModel: string;
        };
        HubModelList: {
            data: components["schemas"]["HubModel"][];
        };
        ImagesResponse: {
            created: number;
            data: ({
                b64_json?: string;
                revised_prompt?: string;
                url?: string;
            } & {
                [key: string]: unknown;
            })[];
            usage?: {
                input_tokens: number;
                output_tokens: number;
                total_tokens?: number;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        Limits: {
            /** @description Requests in flight at once; null: none */
            concurrency?: number | null;
            /** @description Requests per minute; null: none */
            rpm?: number | null;
            /** @description Tokens (input + output) per minute; null: none */
            tpm?: number | null;
        };
        Model: {
            created: number;
            /** @description A Hub model id, "provider/model" */
            id: string;
            /** @enum {string} */
            object: "model";
            /** @description The provider */
            owned_by: string;
        } & {
            [key: string]: unknown;
        };
        ModelCreateBody: {
            /** @description Other names clients may send ("gpt-4o", "fast"), unique across models; a token may use an alias exactly when it may use this model. PATCH replaces them */
            aliases?: string[];
            /** @description USD per 1M input tokens read from the provider's prompt cache (up to 6 decimals); null: inputPrice */
            cachedInputPrice?: (number | string) | null;
            /** @description USD per 1M input tokens written to the provider's prompt cache (Anthropic, Bedrock) (up to 6 decimals); null: inputPrice */
            cacheWritePrice?: (number | string) | null;
            /** @description The model of its type used when an AIGNE request names none (one per type: setting it unsets the previous one) */
            default?: boolean;
            enabled?: boolean;
            /** @description "provider/model"; the provider must exist */
            id: string;
            /** @description USD per 1M tokens (up to 6 decimals) */
            inputPrice?: number | string;
            /** @description Most output tokens a call may produce when it sets no max_tokens: what a credits account reserves for it; null: none */
            maxOutputTokens?: number | null;
            /** @description USD per 1M tokens (up to 6 decimals) */
            outputPrice?: number | string;
            /** @description How a call picks among the model's healthy candidates (deployments × credentials) in its best priority group: weighted (random by weight, the default), least-busy (fewest calls in flight on this server) or lowest-latency (fastest recent answers measured by this server; a candidate not measured within ROUTING_REMEASURE_MS gets the next call) */
            strategy?: "weighted" | "least-busy" | "lowest-latency";
            type: "chat" | "embedding" | "image" | "audio" | "video";
            /** @description default: the id without the prefix */
            upstreamModel?: string;
        };
        ModelList: {
            data: components["schemas"]["Model"][];
            /** @enum {string} */
            object: "list";
        };
        ModelPatchBody: {
            /** @description Other names clients may send ("gpt-4o", "fast"), unique across models; a token may use an alias exactly when it may use this model. PATCH replaces them */
            aliases?: string[];
            /** @description USD per 1M input tokens read from the provider's prompt cache (up to 6 decimals); null: inputPrice */
            cachedInputPrice?: (number | string) | null;
            /** @description USD per 1M input tokens written to the provider's prompt cache (Anthropic, Bedrock) (up to 6 decimals); null: inputPrice */
            cacheWritePrice?: (number | string) | null;
            /** @description The model of its type used when an AIGNE request names none (one per type: setting it unsets the previous one) */
            default?: boolean;
            enabled?: boolean;
            /** @description USD per 1M tokens (up to 6 decimals) */
            inputPrice?: number | string;
            /** @description Most output tokens a call may produce when it sets no max_tokens: what a credits account reserves for it; null: none */
            maxOutputTokens?: number | null;
            /** @description USD per 1M tokens (up to 6 decimals) */
            outputPrice?: number | string;
            /** @description How a call picks among the model's healthy candidates (deployments × credentials) in its best priority group: weighted (random by weight, the default), least-busy (fewest calls in flight on this server) or lowest-latency (fastest recent answers measured by this server; a candidate not measured within ROUTING_REMEASURE_MS gets the next call) */
            strategy?: "weighted" | "least-busy" | "lowest-latency";
            type?: "chat" | "embedding" | "image" | "audio" | "video";
            upstreamModel?: string;
        };
        OpenAIErrorResponse: {
            error: {
                code: string | null;
                message: string;
                param: string | null;
                type: string;
            } & {
                [key: string]: unknown;
            };
        };
        OwnCredits: {
            balance: string | null;
            billingMode: "postpaid" | "credits";
            budgets: {
                amount: string;
                /** @description Calendar day, week or month (in BUDGET_TIME_ZONE), or never reset */
                period: "day" | "week" | "month" | "lifetime";
                remaining: string;
                resetsAt: string | null;
                scope: "token" | "account";
                spent: string;
            }[];
            /** @enum {string} */
            currency: "USD";
            /** @description Grants that still hold credits, in spending order */
            grants: components["schemas"]["CreditGrant"][];
            limits: {
                kind: "rpm" | "tpm" | "concurrency";
                limit: number;
                remaining: number;
                resetsAt: string | null;
                scope: "token" | "account";
            }[];
            /** @description The latest 20 charges, newest first */
            recentCharges: components["schemas"]["CreditLedgerEntry"][];
        };
        Provider: {
            baseUrl: string;
            /** Format: date-time */
            createdAt: string;
            credentials: components["schemas"]["Credential"][];
            enabled: boolean;
            /** Format: uuid */
            id: string;
            name: string;
            type: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProviderCheck: {
            /** @description One entry per enabled credential; a refused one (upstream_auth_failed) is disabled */
            data: components["schemas"]["CredentialCheck"][];
            /** @description The model each credential was checked with */
            model: string;
        };
        ProviderCheckBody: {
            /** @description A chat model it serves; default: the provider's first */
            model?: string;
        };
        ProviderCreateBody: {
            /** Format: uri */
            baseUrl?: string;
            enabled?: boolean;
            /** @description The prefix in model ids ("openai" in "openai/gpt-4o-mini") */
            name: string;
            /** @description Wire protocol; "openai" covers every OpenAI-compatible API */
            type: "openai" | "anthropic" | "google" | "bedrock" | "ideogram";
        };
        ProviderHealth: {
            data: components["schemas"]["CredentialHealth"][];
            /** Format: uuid */
            providerId: string;
        };
        ProviderList: {
            data: components["schemas"]["Provider"][];
        };
        ProviderPatchBody: {
            /** Format: uri */
            baseUrl?: string;
            enabled?: boolean;
        };
        Response: {
            created_at: number;
            error: {
                code: string;
                message: string;
            } | null;
            id: string;
            incomplete_details: {
                reason: string;
            } | null;
            /** @description The model id the client asked for */
            model: string;
            /** @enum {string} */
            object: "response";
            output: components["schemas"]["ResponseOutputItem"][];
            status: "completed" | "incomplete" | "failed" | "in_progress";
            usage: components["schemas"]["ResponseUsage"] | null;
        } & {
            [key: string]: unknown;
        };
        ResponseCreateRequest: {
            background?: boolean | null;
            input: string | components["schemas"]["ResponseInputItem"][];
            instructions?: string | null;
            max_output_tokens?: number | null;
            metadata?: {
                [key: string]: string;
            } | null;
            /** @description A Hub model id: "provider/model", e.g. "openai/gpt-4o-mini" */
            model: string;
            parallel_tool_calls?: boolean | null;
            previous_response_id?: string | null;
            reasoning?: ({
                effort?: string | null;
                summary?: string | null;
            } & {
                [key: string]: unknown;
            }) | null;
            store?: boolean | null;
            stream?: boolean | null;
            temperature?: number | null;
            text?: ({
                format?: components["schemas"]["ResponseTextFormat"];
            } & {
                [key: string]: unknown;
            }) | null;
            tool_choice?: "none" | "auto" | "required" | ({
                name?: string;
                type: string;
            } & {
                [key: string]: unknown;
            });
            tools?: components["schemas"]["ResponseFunctionTool"][];
            top_p?: number | null;
            user?: string;
        } & {
            [key: string]: unknown;
        };
        ResponseFunctionTool: {
            description?: string | null;
            name?: string;
            parameters?: {
                [key: string]: unknown;
            } | null;
            strict?: boolean | null;
            /**
             * @description Only function tools can be served by every provider
             * @example function
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        ResponseInputItem: {
            role?: "user" | "assistant" | "system" | "developer";
            /**
             * @description message (the default when a role is given), function_call, function_call_output or reasoning; message content parts are input_text, input_image, input_file (and output_text for earlier answers)
             * @example message
             */
            type?: string;
        } & {
            [key: string]: unknown;
        };
        ResponseOutputItem: {
            id: string;
            status?: string;
            /**
             * @description message, function_call or reasoning
             * @example message
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        ResponseTextFormat: {
            description?: string;
            name?: string;
            schema?: {
                [key: string]: unknown;
            };
            strict?: boolean | null;
            type: "text" | "json_object" | "json_schema";
        } & {
            [key: string]: unknown;
        };
        ResponseUsage: {
            input_tokens: number;
            input_tokens_details: {
                cached_tokens: number;
            };
            output_tokens: number;
            output_tokens_details: {
                reasoning_tokens: number;
            };
            total_tokens: number;
        };
        /** @description A permission a token carries; deny by default */
        Scope: "chat" | "embeddings" | "images" | "audio" | "models" | "usage" | "admin" | "metrics";
        ServiceStatus: {
            /** @description Whether Hub can serve model calls right now */
            available: boolean;
            database: boolean;
            message?: string;
            /** @description The model asked about (?model=) */
            model?: string;
            /** @description Enabled models */
            models: number;
            /** @description Enabled providers */
            providers: number;
            /** @description Why this caller cannot call that model now (available: false) */
            reason?: "model_not_found" | "model_not_allowed" | "insufficient_credits" | "budget_exceeded" | "rate_limited";
        } & {
            [key: string]: unknown;
        };
        Session: {
            /** @description Send it as x-hub-csrf on every write made with the session cookie; null for a bearer caller */
            csrfToken: string | null;
            /** @description When the session ends (sign in again); null for a bearer caller */
            expiresAt: string | null;
            token: {
                /** Format: uuid */
                accountId: string;
                expiresAt: string | null;
                hint: string;
                /** Format: uuid */
                id: string;
                models: string[];
                name: string;
                scopes: components["schemas"]["Scope"][];
            };
        };
        SessionCreateBody: {
            /** @description An access token with the admin scope */
            token: string;
        };
        Token: {
            account: {
                id: string;
                name: string;
            };
            budget: components["schemas"]["Budget"] | null;
            concurrency: number | null;
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            /** @description First 8 characters of the token */
            hint: string;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            models: string[];
            name: string;
            revokedAt: string | null;
            rpm: number | null;
            scopes: components["schemas"]["Scope"][];
            tpm: number | null;
        };
        TokenCreateBody: {
            /** @description Owner account id or name; it must exist (404 account_not_found). Default: the caller's account */
            account?: string;
            /** @description null removes the budget */
            budget?: components["schemas"]["Budget"] | null;
            expiresAt?: string | null;
            limits?: components["schemas"]["Limits"];
            /** @description Allowed models: "*", "openai/*", "openai/gpt-4o*" (a trailing * matches any suffix) or exact ids; default ["*"] */
            models?: string[];
            name: string;
            scopes: components["schemas"]["Scope"][];
        };
        TokenPage: {
            data: components["schemas"]["Token"][];
            /** @description null on the last page */
            nextCursor: string | null;
        };
        TokenPatchBody: {
            /** @description null removes the budget */
            budget?: components["schemas"]["Budget"] | null;
            expiresAt?: string | null;
            limits?: components["schemas"]["Limits"];
            /** @description Allowed models: "*", "openai/*", "openai/gpt-4o*" (a trailing * matches any suffix) or exact ids; default ["*"] */
            models?: string[];
            name?: string;
            scopes?: components["schemas"]["Scope"][];
        };
        TokenWithSecret: components["schemas"]["Token"] & {
            /** @description The plaintext token; shown only this once */
            token: string;
        };
        UsageDeadLetter: {
            /** @description SQLSTATE, e.g. 22003 (value out of range) */
            code: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The database's error message */
            error: string;
            id: string;
            /** @description The usage record as the database refused it (column names) */
            record: {
                [key: string]: unknown;
            };
            requestId: string;
        };
        UsageDeadLetterPage: {
            data: components["schemas"]["UsageDeadLetter"][];
            /** @description null on the last page */
            nextCursor: string | null;
        };
        UsagePage: {
            data: components["schemas"]["UsageRecord"][];
            /** @description null on the last page */
            nextCursor: string | null;
        };
        UsageRecord: {
            /** @description The client went away before the end */
            aborted: boolean;
            accountId: string;
            app: string | null;
            /** @description Every upstream attempt when the call was retried or failed over; null when the first one answered */
            attempts: {
                /** @description ok, or the error code of the failure */
                code: string;
                credentialId: string | null;
                deployment?: string;
                ms: number;
                provider: string;
                /** @description HTTP status the attempt ended with (200: it answered) */
                status: number;
            }[] | null;
            /** @description Of promptTokens: read from the prompt cache (cachedInputPrice) */
            cachedTokens: number;
            /** @description Of promptTokens: written to the prompt cache (cacheWritePrice) */
            cacheWriteTokens: number;
            completionTokens: number;
            /** @description USD */
            cost: string;
            /** Format: date-time */
            createdAt: string;
            credentialId: string | null;
            endpoint: string;
            errorCode: string | null;
            /** @description Token counts estimated because the upstream never reported usage */
            estimated: boolean;
            id: string;
            latencyMs: number;
            model: string;
            promptTokens: number;
            provider: string | null;
            reasoningTokens: number;
            requestId: string;
            /** @description HTTP status the client got */
            status: number;
            tokenId: string;
            ttfbMs: number | null;
        };
        UsageSummary: {
            data: {
                avgLatencyMs: number;
                completionTokens: number;
                /** @description USD */
                cost: string;
                /** @description Answers with a status of 400 or more */
                errors: number;
                /** @description Model id, provider name, token id, account id, app ("" for none) or bucket start */
                key: string;
                /** @description The token's or account's name */
                name?: string;
                p95LatencyMs: number;
                promptTokens: number;
                requests: number;
            }[];
            /** Format: date-time */
            from: string;
            /** @description What to group by: a breakdown (model, provider, token, account, app) or a time series (day, hour, UTC) */
            groupBy: "model" | "provider" | "token" | "account" | "app" | "day" | "hour";
            /** Format: date-time */
            to: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getBlockletInfo: {
        parameters: {
            query?: {
                /** @description "json" for JSON */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON with `?type=json`, otherwise a script setting window.blocklet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/javascript": string;
                    "application/json": components["schemas"]["BlockletInfo"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountPatchBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    adjustCredits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditAdjustmentBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLedgerEntry"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCreditGrants: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditGrantPage"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    grantCredits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditGrantBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditGrant"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCreditLedger: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description grant (+), charge (−, one per billed call), refund (+), expiry (−), adjustment (±) */
                kind?: "grant" | "charge" | "refund" | "expiry" | "adjustment";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLedgerPage"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                actorTokenId?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Inclusive */
                from?: string;
                limit?: number;
                targetId?: string;
                targetType?: string;
                /** @description Exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listDeployments: {
        parameters: {
            query?: {
                /** @description Only this model id */
                model?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentList"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeploymentCreateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeploymentPatchBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HubModelList"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelCreateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HubModel"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model id, e.g. openai/gpt-4o-mini */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HubModel"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model id, e.g. openai/gpt-4o-mini */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model id, e.g. openai/gpt-4o-mini */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelPatchBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HubModel"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderList"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderCreateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderPatchBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    checkProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderCheckBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderCheck"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialList"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCredential: {
        parameters: {
            query?: {
                /** @description false: save without the check call (offline setups) */
                check?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialCreateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCredential"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCredential: {
        parameters: {
            query?: {
                /** @description false: save without the check call (offline setups) */
                check?: boolean;
            };
            header?: never;
            path: {
                credentialId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialPatchBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCredential"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProviderHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderHealth"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCreateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token is missing, malformed, unknown, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token lacks the admin scope, or its account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPage"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenWithSecret"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenPatchBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    rotateToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenWithSecret"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: a record with the same unique name or id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUsage: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                from?: string;
                limit?: number;
                model?: string;
                to?: string;
                /** @description Token id */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsagePage"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportUsageCsv: {
        parameters: {
            query?: {
                from?: string;
                model?: string;
                to?: string;
                /** @description Token id */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One header line, then one line per usage record (RFC 4180) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUsageDeadLetters: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageDeadLetterPage"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    summarizeUsage: {
        parameters: {
            query: {
                /** @description Account id */
                account?: string;
                /** @description Start (inclusive); default: 30 days before to */
                from?: string;
                /** @description What to group by: a breakdown (model, provider, token, account, app) or a time series (day, hour, UTC) */
                groupBy: "model" | "provider" | "token" | "account" | "app" | "day" | "hour";
                model?: string;
                /** @description End (exclusive); default: now */
                to?: string;
                /** @description Token id */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageSummary"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAigneModels: {
        parameters: {
            query?: {
                /** @description chat, image (image_generation), embedding, audio or video */
                type?: "chat" | "chatCompletion" | "image" | "image_generation" | "imageGeneration" | "embedding" | "audio" | "video";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AigneModelList"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAigneUserInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AigneUserInfo"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSpeech: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpeechRequest"];
            };
        };
        responses: {
            /** @description The audio, in the requested format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateTranscriptionRequest"];
            };
        };
        responses: {
            /** @description JSON for json/verbose_json, text for text/srt/vtt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTranscriptionResponse"];
                    "text/plain": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    invokeAigneChatModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AigneChatRequest"];
            };
        };
        responses: {
            /** @description A ChatModelOutput, or with options.streaming an SSE stream of AIGNE delta frames */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AigneChatOutput"];
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatCompletionRequest"];
            };
        };
        responses: {
            /** @description A chat.completion, or with stream: true an SSE stream of chat.completion.chunk */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletion"];
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOwnCredits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnCredits"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createEmbeddings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmbeddingRequest"] | components["schemas"]["AigneEmbeddingRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEmbeddingResponse"] | components["schemas"]["AigneEmbeddingResponse"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAigneImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AigneImageRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AigneImageOutput"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createImageSingular: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesResponse"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createImageEdit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateImageEditRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesResponse"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesResponse"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnthropicMessagesRequest"];
            };
        };
        responses: {
            /** @description A message, or with stream: true an SSE stream of Anthropic events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicMessage"];
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
        };
    };
    countMessageTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnthropicCountTokensRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicCountTokensResponse"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
        };
    };
    listAvailableModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelList"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    retrieveModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model id, e.g. openai/gpt-4o-mini */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseCreateRequest"];
            };
        };
        responses: {
            /** @description A response, or with stream: true an SSE stream of Responses events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getStatus: {
        parameters: {
            query?: {
                /** @description Answer for this model, and with a bearer token for this caller (allowed, credits, budget, limits) */
                model?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOwnUsage: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                from?: string;
                limit?: number;
                model?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsagePage"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAigneVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AigneVideoRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AigneVideoOutput"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    openaiCreateSpeech: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpeechRequest"];
            };
        };
        responses: {
            /** @description The audio, in the requested format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
        };
    };
    openaiCreateTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateTranscriptionRequest"];
            };
        };
        responses: {
            /** @description JSON for json/verbose_json, text for text/srt/vtt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTranscriptionResponse"];
                    "text/plain": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
        };
    };
    openaiCreateChatCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatCompletionRequest"];
            };
        };
        responses: {
            /** @description A chat.completion, or with stream: true an SSE stream of chat.completion.chunk */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletion"];
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
        };
    };
    openaiCreateEmbeddings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmbeddingRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEmbeddingResponse"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
        };
    };
    openaiCreateImageEdit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateImageEditRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesResponse"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
        };
    };
    openaiCreateImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesResponse"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
        };
    };
    createMessageV1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnthropicMessagesRequest"];
            };
        };
        responses: {
            /** @description A message, or with stream: true an SSE stream of Anthropic events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicMessage"];
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
        };
    };
    countMessageTokensV1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnthropicCountTokensRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicCountTokensResponse"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnthropicErrorResponse"];
                };
            };
        };
    };
    openaiListAvailableModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelList"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
        };
    };
    openaiRetrieveModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model id, e.g. openai/gpt-4o-mini */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
        };
    };
    openaiCreateResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseCreateRequest"];
            };
        };
        responses: {
            /** @description A response, or with stream: true an SSE stream of Responses events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Not Found: the record or model does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Payload Too Large: the body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Internal Server Error: the request id is in the x-request-id header */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Service Unavailable: the database or the provider is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
            /** @description Gateway Timeout: the provider did not answer in time (`upstream_timeout`) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAIErrorResponse"];
                };
            };
        };
    };
}
