// Generated from the OpenAPI document by `npm run openapi`. Do not edit.
export interface paths {
    "/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this Rapport still needs its first workspace */
        get: operations["getSetupStatus"];
        put?: never;
        /**
         * Create the first workspace and its admin, and sign in
         * @description Only while no workspace exists; afterwards signed-in users create workspaces with POST /workspaces.
         */
        post: operations["setUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description Sets an HttpOnly session cookie. Repeated failures lock the account and the address for a while (429).
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of this session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of your account, on every device
         * @description API tokens are not sessions: revoke them under /api-tokens.
         */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-resets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a password reset link
         * @description Answers 202 whether or not the account exists, so it cannot be used to find accounts.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-resets/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with the token from a reset or invitation e-mail
         * @description Every session of the account ends; sign in with the new password.
         */
        post: operations["completePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: user, workspace, role and permissions */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your name */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Your other sessions end; this one stays signed in.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/switch-workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make another of your workspaces the current one for this session */
        post: operations["switchWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create another workspace, with you as its admin
         * @description Switch to it with POST /me/switch-workspace.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the current workspace */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename the current workspace or change its defaults */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of the workspace */
        get: operations["listUsers"];
        put?: never;
        /**
         * Add someone to the workspace
         * @description A new account gets the given password, or else an e-mailed invitation link; an existing account is added and told by e-mail.
         */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a member of the workspace */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a member’s role, status or teams
         * @description Deactivated members cannot sign in to this workspace or use its API tokens. Members are never deleted, so their history stays attributed.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail a fresh invitation link */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List teams */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team
         * @description Teams decide what "team" visibility reaches: records owned by anyone sharing a team with you.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a team */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete a team
         * @description Its members stay in the workspace; only the grouping goes.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /** Rename a team or change its members */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API tokens
         * @description Your own tokens; administrators may list everyone’s with `all=true` or `userId`.
         */
        get: operations["listApiTokens"];
        put?: never;
        /**
         * Create an API token
         * @description The token acts as you, with your role. Its secret is in this response only.
         */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an API token */
        get: operations["getApiToken"];
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description Takes effect at once. The token stays listed (with `includeRevoked=true`) for the record.
         */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit trail
         * @description Every create, update and delete in the workspace, newest first, with who, when, through what, and each field before and after. Filter by recordId for one record’s history (a person’s or company’s holds the entries of the merges it took part in, objectType "merge", and of the possible duplicates that pair it, objectType "duplicateCandidate"), by apiTokenId for everything one API token changed.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one audit entry */
        get: operations["getAuditEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List background jobs of the workspace
         * @description Imports, mail, webhooks and other work that runs in the background; `state=dead` lists the dead letters.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a background job */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a dead job */
        post: operations["retryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outbox-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List e-mails the workspace sent or holds
         * @description Without SMTP_URL, messages are held here instead of sent; nothing is lost.
         */
        get: operations["listOutboxMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outbox-messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an e-mail with its body */
        get: operations["getOutboxMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outbox-messages/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a held or failed e-mail again */
        post: operations["sendOutboxMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each role may do */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List custom fields */
        get: operations["listCustomFields"];
        put?: never;
        /**
         * Add a custom field to people or companies
         * @description It is validated by the API and appears in forms, list views, filters, sort, import, export and search.
         */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a custom field */
        get: operations["getCustomField"];
        put?: never;
        post?: never;
        /**
         * Delete an archived custom field and its values
         * @description Only archived fields. The values are removed from every record in the background (see /jobs); the audit trail keeps what they were.
         */
        delete: operations["purgeCustomField"];
        options?: never;
        head?: never;
        /**
         * Relabel a custom field, make it required or unique, change its choices or position
         * @description Key and type never change. A choice still used by records cannot be removed. A field is made unique only when no two live records share a value (409 names some that do).
         */
        patch: operations["updateCustomField"];
        trace?: never;
    };
    "/custom-fields/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a custom field
         * @description Hidden from forms and the API; the values stay and come back with restore.
         */
        post: operations["archiveCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-fields/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived custom field, with its values */
        post: operations["restoreCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export people as CSV, JSON or vCard, streamed
         * @description The same filters as the list, and only the records your role reaches. Records are read in batches while the file is written, so a large export starts at once.
         */
        get: operations["exportPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export companies as CSV, JSON, streamed
         * @description The same filters as the list, and only the records your role reaches. Records are read in batches while the file is written, so a large export starts at once.
         */
        get: operations["exportCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List imports, newest first
         * @description Roles that read every kind of record in full (admins, managers, viewers) see every import of the workspace; others see their own.
         */
        get: operations["listImports"];
        put?: never;
        /** Start an import: then upload its file, preview, and start it */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: its status, progress and counts */
        get: operations["getImport"];
        put?: never;
        post?: never;
        /**
         * Discard an import that has not started, and its uploaded file
         * @description Only while it awaits its file or its mapping (409 once started: a started import stays, as the history of what it wrote).
         */
        delete: operations["discardImport"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload the import's file (up to 2 GiB), as the raw body
         * @description Streamed into the database as it arrives. Uploading again replaces the file, until the import starts.
         */
        put: operations["uploadImportFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The detected encoding and delimiter, the header, the first rows and a proposed mapping */
        get: operations["previewImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The texts a column gives a field with choices, read from the whole file, and how each will be read
         * @description For the lifecycle stage, select or multi-select custom fields, the owner (its choices the active members) and the country (ISO codes). Give the readings you want with the start (`values`); a text you do not name is read as proposed here.
         */
        get: operations["importColumnValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fix the mapping and dedupe choice, and process the file in the background */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an import
         * @description Processing stops after the batch in flight; what was already written stays.
         */
        post: operations["cancelImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rejected rows as CSV: the original columns plus `reason` */
        get: operations["downloadRejectedRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/rejections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rejected rows with their reasons, in the file’s order
         * @description The same rows as `/imports/{id}/rejected`, as JSON pages for reading on screen.
         */
        get: operations["listImportRejections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/rejection-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rejected rows counted by what their reasons are about, most first
         * @description So rows with one problem can be read and fixed together. A row whose reason names several columns counts in the group of each. At most 50 groups.
         */
        get: operations["listImportRejectionGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/unplaced-parents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The companies a company import wrote but could not place under the parent company their row named
         * @description The rows themselves were written; only the hierarchy is missing: a parent that was not found (by id, domain or name) or that would make a loop. In the file’s order.
         */
        get: operations["listImportUnplacedParents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import’s columns, each with the field it fills: what a rejected row’s cells mean */
        get: operations["listImportColumns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import rejected rows again, fixed: a new import of the same columns, mapping and dedupe choice
         * @description Up to 500 rows of a finished CSV import, each at most once. The new import is queued like a started one and names this one in `retryOf`; rows it rejects again are listed on it.
         */
        post: operations["retryImportRejections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deleted people
         * @description The people deleted in this workspace that you may restore (those your role may delete), most recently deleted first. Records merged into another are not among them: undo the merge instead.
         */
        get: operations["listDeletedPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deleted companies
         * @description The companies deleted in this workspace that you may restore (those your role may delete), most recently deleted first. Records merged into another are not among them: undo the merge instead.
         */
        get: operations["listDeletedCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/deleted/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore every person deleted since a moment
         * @description Brings back, in one go, the deleted people you may restore whose deletion is at or after `since` (a `deletedAt` of the list): the way back from a bulk delete made by mistake. One whose unique value another record holds now stays deleted and is listed in `skipped`.
         */
        post: operations["restoreDeletedPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/deleted/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore every company deleted since a moment
         * @description Brings back, in one go, the deleted companies you may restore whose deletion is at or after `since` (a `deletedAt` of the list): the way back from a bulk delete made by mistake. One whose unique value another record holds now stays deleted and is listed in `skipped`.
         */
        post: operations["restoreDeletedCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted person
         * @description Brings a deleted person back, with everything that was theirs (history, deals, tickets, consents). 409 when they are not deleted, were merged into another (undo the merge), or hold a unique value another person has taken since.
         */
        post: operations["restorePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted company
         * @description Brings a deleted company back, with its people, history, deals and place in its hierarchy. 409 when it is not deleted, was merged into another (undo the merge), or holds a unique value another company has taken since.
         */
        post: operations["restoreCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List, filter and search people
         * @description `q` is the typo-tolerant search (names, e-mails, phones), ranked by relevance; `email` and `phone` are exact look-ups on every address and number; `filter` is the filter language of list views; `ids` keeps only a selection (the names a filter shows, in one request). Only the people your role reaches.
         */
        get: operations["listPeople"];
        put?: never;
        /** Create a person */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many people a list holds
         * @description Takes the filters of `GET /people` (not `q`). Exact up to 10,000; past that, the database’s estimate, so that counting never reads a million rows.
         */
        get: operations["countPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a person */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        /**
         * Delete a person
         * @description The person disappears from lists and look-ups; their history stays in the audit trail.
         */
        delete: operations["deletePerson"];
        options?: never;
        head?: never;
        /**
         * Update a person
         * @description Only the fields sent change. `customFields` merges key by key; null clears a key.
         */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/people/{id}/employments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The companies a person works or worked for */
        get: operations["listEmployments"];
        put?: never;
        /** Record that a person works for a company */
        post: operations["addEmployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a company from a person’s employments
         * @description If it was their primary company, they no longer have one.
         */
        delete: operations["deleteEmployment"];
        options?: never;
        head?: never;
        /** Change a role or its dates */
        patch: operations["updateEmployment"];
        trace?: never;
    };
    "/people/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person’s consents: the current state per purpose and channel, and the whole ledger */
        get: operations["getPersonConsents"];
        put?: never;
        /**
         * Record that a person gave or withdrew a consent
         * @description Appends to the ledger; nothing is ever changed or removed. The latest event per purpose and channel is the current state; a withdrawal on "any" overrides earlier grants on every channel.
         */
        post: operations["recordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People’s current state for one purpose and channel
         * @description For a channel, the latest event on that channel or on "any" decides. Pages in person order.
         */
        get: operations["listConsentHolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer 360: a person with their companies, deals, tickets, orders, revenue and history */
        get: operations["getPersonOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Account 360: a company with its open deals, its people’s tickets, orders, revenue and last contact */
        get: operations["getCompanyOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List, filter and search companies
         * @description `q` searches names typo-tolerantly, a domain exactly, or a phone number exactly (as written, in the workspace’s country or in its own country’s national format); `domain` is an exact look-up on every domain; `ids` keeps only a selection (the names a filter shows, in one request).
         */
        get: operations["listCompanies"];
        put?: never;
        /** Create a company */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many companies a list holds
         * @description Takes the filters of `GET /companies` (not `q`). Exact up to 10,000; past that, the database’s estimate.
         */
        get: operations["countCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a company */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        /** Delete a company */
        delete: operations["deleteCompany"];
        options?: never;
        head?: never;
        /**
         * Update a company
         * @description A company cannot be placed under itself or one of its subsidiaries.
         */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/companies/{id}/hierarchy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company tree, with revenue and open deals rolled up
         * @description Every company of the tree this one belongs to, from the top-most parent, depth first in no guaranteed order; each with the totals of itself and everything below it.
         */
        get: operations["getCompanyHierarchy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log an interaction: e-mail, call, meeting, note, chat, …
         * @description It lands in the history of every person it names (and of their company). Notes may mention colleagues, who are notified.
         */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an interaction */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        /** Remove an interaction from the history */
        delete: operations["deleteActivity"];
        options?: never;
        head?: never;
        /** Correct an interaction */
        patch: operations["updateActivity"];
        trace?: never;
    };
    "/people/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person’s contact history, newest first */
        get: operations["getPersonTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company’s contact history, newest first */
        get: operations["getCompanyTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to an interaction (up to 10 MiB)
         * @description Send the file as the raw body, with its type as Content-Type and its name in `filename`.
         */
        post: operations["attachFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description Always as a download, never as a page: a file cannot run in Rapport’s origin.
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        /** Delete an attachment */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications as read (some, or all) */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pipelines with their stages */
        get: operations["listPipelines"];
        put?: never;
        /** Create a pipeline */
        post: operations["createPipeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deals */
        get: operations["listDeals"];
        put?: never;
        /**
         * Create a deal
         * @description Without a pipeline, the first one is used (created with usual stages if there is none).
         */
        post: operations["createDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a deal */
        get: operations["getDeal"];
        put?: never;
        post?: never;
        /** Delete a deal */
        delete: operations["deleteDeal"];
        options?: never;
        head?: never;
        /**
         * Update a deal or move it to another stage
         * @description Its status follows the stage: won and lost stages close it.
         */
        patch: operations["updateDeal"];
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List orders, newest first */
        get: operations["listOrders"];
        put?: never;
        /**
         * Record an order (idempotent by externalId)
         * @description The first time an externalId is seen the order is created (201); later, it is replaced (200). It appears in the buyer’s history.
         */
        post: operations["upsertOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an order with its lines and margin */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the product catalogue */
        get: operations["listProducts"];
        put?: never;
        /** Add a product */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tickets, newest first */
        get: operations["listTickets"];
        put?: never;
        /** Open a ticket */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ticket */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a ticket’s status, priority or assignee */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks, soonest due first
         * @description Tasks without a due date come after every dated one. Only the tasks your role reaches.
         */
        get: operations["listTasks"];
        put?: never;
        /** Create a task */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a task */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /** Delete a task */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /**
         * Update, complete or reopen a task
         * @description Only the fields sent change. `status: done` records when; `status: open` clears it.
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search people and companies at once
         * @description Typo-tolerant on names ("jonh smiht" finds John Smith), exact on e-mails, phone numbers and domains. `best` merges every kind by relevance. `byType` holds each kind's hits; once earlier kinds (people, then companies) fill the list with hits matching every word, later kinds list only such hits of their own.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recent-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The records you opened last
         * @description Latest first, the 50 last at most: only live records your role may still read: one merged away since is listed as the record it went into, one deleted or out of your reach is left out. Each member sees only their own.
         */
        get: operations["listRecentRecords"];
        put?: never;
        /**
         * Put a record you opened at the top of your recent records
         * @description The web app sends this when a record’s page opens; reading a record through the API does not. A record you may not read is not found (404).
         */
        post: operations["recordRecentRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your views and the shared ones */
        get: operations["listSavedViews"];
        put?: never;
        /** Save a list view: columns, filter and sort */
        post: operations["createSavedView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a view */
        get: operations["getSavedView"];
        put?: never;
        post?: never;
        /** Delete a view (its owner, or an admin) */
        delete: operations["deleteSavedView"];
        options?: never;
        head?: never;
        /** Change a view (its owner, or an admin) */
        patch: operations["updateSavedView"];
        trace?: never;
    };
    "/custom-fields/{id}/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The views that filter or sort by a custom field
         * @description Archived or deleted, the field leaves these views saying so each time they are opened. Views other members keep private are counted, not shown.
         */
        get: operations["listSavedViewsOfCustomField"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change many people at once: owner, tags, stage, a custom field or delete
         * @description On a selection (ids) or on every record of a filter. Up to 5000 records at once; more run as a job. Records your role may not change are counted, not changed.
         */
        post: operations["bulkUpdatePeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change many companies at once: owner, tags, a custom field or delete
         * @description On a selection (ids) or on every record of a filter. Up to 5000 records at once; more run as a job. Records your role may not change are counted, not changed.
         */
        post: operations["bulkUpdateCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bulk-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a bulk action that runs as a job
         * @description Its state and how far it has come (processed of total), for the person who started it; the counts move once per batch.
         */
        get: operations["getBulkJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely duplicates to review, most certain first */
        get: operations["listDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duplicates/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look for duplicates now
         * @description Small workspaces (up to 20000 records) are scanned at once; bigger ones by a job (see /jobs). Nobody has to ask: an import that created or updated records, and a new demo workspace, queue a scan when they finish, and a daily sweep scans every workspace whose records changed since its last scan.
         */
        post: operations["scanDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duplicates/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not duplicates: stop suggesting this pair */
        post: operations["dismissDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duplicates/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suggest a dismissed pair again */
        post: operations["reopenDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge another person into this one
         * @description Everything of both ends up on this record: history, deals, tickets, orders, links; contact details are united; for single fields this record wins unless empty or `choices` says "merged". Undo with POST /merges/{id}/undo.
         */
        post: operations["mergePeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge another company into this one
         * @description Everything of both ends up on this record: history, deals, tickets, orders, links; contact details are united; for single fields this record wins unless empty or `choices` says "merged". Undo with POST /merges/{id}/undo.
         */
        post: operations["mergeCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/merge-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What merging another person into this one would move
         * @description Counts, without merging, of what POST /people/{id}/merge with this mergedId would move onto this record. Anyone who may read both records may ask.
         */
        get: operations["previewPeopleMerge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{id}/merge-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What merging another company into this one would move
         * @description Counts, without merging, of what POST /companies/{id}/merge with this mergedId would move onto this record. Anyone who may read both records may ask.
         */
        get: operations["previewCompaniesMerge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a merge */
        get: operations["getMerge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merges/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a merge */
        post: operations["undoMerge"];
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
        /** @description RFC 9457 problem details. */
        Problem: {
            /** @example https://rapport.dev/problems/validation-failed */
            type: string;
            title: string;
            status: number;
            detail: string;
            requestId?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        Me: {
            user: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                email: string;
                name: string;
            };
            workspace: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
                /** @description Phone numbers without a country code are read as this one’s. */
                defaultCountry: string;
                /** @description The currency of amounts that carry none, such as a company’s annual revenue. */
                defaultCurrency: string;
            };
            role: components["schemas"]["Role"];
            permissions: {
                [key: string]: components["schemas"]["Grant"];
            };
            workspaces: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
                role: components["schemas"]["Role"];
            }[];
            /** @enum {string} */
            credential: "session" | "api_token";
            /** @description Send it as X-CSRF-Token on writes made with the session cookie. */
            csrfToken: string | null;
        };
        /** @enum {string} */
        Role: "admin" | "manager" | "sales" | "support" | "marketing" | "viewer";
        Grant: {
            /** @enum {string} */
            read: "all" | "team" | "own" | "none";
            /** @enum {string} */
            create: "all" | "team" | "own" | "none";
            /** @enum {string} */
            update: "all" | "team" | "own" | "none";
            /** @enum {string} */
            delete: "all" | "team" | "own" | "none";
        };
        Workspace: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
            name: string;
            /** @description Reads phone numbers written without a country code. */
            defaultCountry: string;
            defaultCurrency: string;
        };
        /** @description A member of the workspace. */
        User: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @enum {string} */
            status: "active" | "deactivated";
            teamIds: string[];
            /** @description True until the person chooses a password. */
            invitationPending: boolean;
        };
        Team: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
            name: string;
            description: string;
            memberIds: string[];
        };
        ApiToken: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
            name: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            userId: string;
            /** @description The last four characters of the secret, to tell tokens apart. */
            lastFour: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            revokedAt: string | null;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
        };
        CreatedApiToken: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
            name: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            userId: string;
            /** @description The last four characters of the secret, to tell tokens apart. */
            lastFour: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            revokedAt: string | null;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
            /** @description The secret, shown this once. Send it as "Authorization: Bearer <token>". */
            token: string;
        };
        AuditEntry: {
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            occurredAt: string;
            objectType: components["schemas"]["AuditObjectType"];
            recordId: string;
            /**
             * @description The record’s name when the change was made (its name, e-mail, subject, title or label), if it has one.
             * @example Ada Lovelace
             */
            recordLabel: string | null;
            /** @enum {string} */
            action: "created" | "updated" | "deleted";
            /** @description Field → value before and after. Secrets appear as "[redacted]". */
            changes: {
                [key: string]: {
                    before?: unknown;
                    after?: unknown;
                };
            };
            actor: {
                type: string;
                id: string | null;
                name: string | null;
            };
            /** @enum {string} */
            via: "ui" | "api" | "cli" | "import" | "automation" | "job" | "system";
            requestId: string | null;
            /**
             * @description The API token the change was made with: by a request made with it (via "api"), or by an import, a bulk action or a custom field’s deletion started with it (via "import", "job"); null for the web app and every other path. Find all of a token’s changes with GET /audit-log?apiTokenId=…
             * @example {
             *       "id": "01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f",
             *       "name": "Zapier sync",
             *       "revoked": false
             *     }
             */
            apiToken: {
                id: string;
                /** @description The token’s name as it is now; null when the token no longer exists (it goes with its member’s removal). */
                name: string | null;
                /** @description The token no longer works: revoked, or gone. */
                revoked: boolean;
            } | null;
            /** @description The import that made the change (via "import"), if it is still known. */
            import: {
                id: string;
                number: number;
            } | null;
            /** @description The merge that made the change to this person or company, or whose own entry this is (objectType "merge"; see GET /merges/{id}); `undo` when it was the merge being undone. With recordId, the history of a person or company holds the entries of the merges it took part in. */
            merge: {
                id: string;
                undo: boolean;
                /** @description The record kept (named in `names`). */
                survivorId: string;
                /** @description The record merged into it (named in `names`). */
                mergedId: string;
            } | null;
            /**
             * @description For an employment’s entry (objectType "employment"): the person and the company it ties, as the employment is now, or as it was when removed (named in `names`), so an entry that changed only its role or dates still says whose job it is. Null for other records.
             * @example {
             *       "personId": "01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f",
             *       "companyId": "01930f6e-9a10-7b22-8c3d-4e5f6a7b8c9d"
             *     }
             */
            tie: {
                personId: string;
                companyId: string;
            } | null;
            pair: components["schemas"]["DuplicatePair"];
            /**
             * @description Names, as they are now, of the people and companies the changes refer to by id (companyId, parentId, personId, requesterId, mergedIntoId, and the relation custom fields in customFields), of the two records of `merge`, of `tie` and of `pair`. Members are not named here: see /users.
             * @example {
             *       "01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f": "Acme"
             *     }
             */
            names: {
                [key: string]: string;
            };
        };
        /**
         * @example team
         * @enum {string}
         */
        AuditObjectType: "activity" | "activityPerson" | "apiToken" | "attachment" | "company" | "consentEvent" | "customField" | "deal" | "dealPerson" | "duplicateCandidate" | "employment" | "import" | "membership" | "merge" | "order" | "orderLine" | "person" | "pipeline" | "pipelineStage" | "product" | "savedView" | "task" | "team" | "teamMember" | "ticket" | "user" | "workspace";
        /** @description For a possible duplicate’s entry (objectType "duplicateCandidate"): the two records it pairs (named in `names`), so an entry that changed only its status still says which. Null for other records. */
        DuplicatePair: {
            objectType: components["schemas"]["RecordKind"];
            firstId: string;
            secondId: string;
        } | null;
        /** @enum {string} */
        RecordKind: "people" | "companies";
        Job: {
            id: string;
            kind: string;
            /** @enum {string} */
            state: "queued" | "running" | "succeeded" | "dead";
            attempts: number;
            maxAttempts: number;
            lastError: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            runAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            finishedAt: string | null;
        };
        OutboxMessage: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            kind: string;
            to: string;
            subject: string;
            /** @enum {string} */
            status: "held" | "queued" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            messageId: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            sentAt: string | null;
            text?: string;
            html?: string | null;
        };
        CustomField: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
            /** @enum {string} */
            objectType: "people" | "companies";
            /** @description The name under `customFields` in records; never changes. */
            key: string;
            label: string;
            /** @enum {string} */
            type: "text" | "longText" | "number" | "currency" | "date" | "dateTime" | "boolean" | "select" | "multiSelect" | "url" | "email" | "phone" | "relation";
            required: boolean;
            /** @description No two live records share a value: an ID from another system, which imports can match records by (`matchOn`). Text, number, URL, e-mail and phone fields only. */
            unique: boolean;
            position: number;
            choices?: {
                value: string;
                label: string;
            }[];
            currency?: string;
            /** @enum {string} */
            target?: "people" | "companies";
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            archivedAt: string | null;
        };
        Import: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /** @description Per workspace; its changes carry request id import:N. */
            number: number;
            /** @enum {string} */
            object: "people" | "companies";
            /** @enum {string} */
            format: "csv" | "vcf";
            filename: string | null;
            /** @enum {string} */
            status: "awaiting_upload" | "uploaded" | "queued" | "processing" | "completed" | "failed" | "cancelled";
            /** @description Bytes uploaded. */
            size: number | null;
            sha256: string | null;
            encoding: string | null;
            /** @enum {string|null} */
            delimiter: "," | ";" | "\t" | "|" | null;
            header: string[] | null;
            /** @description Column → field. */
            mapping: {
                [key: string]: string;
            } | null;
            /** @enum {string|null} */
            dedupe: "email" | "domain" | null;
            /** @enum {string} */
            mode: "create" | "update" | "skip";
            /**
             * @description How the file writes dates of day and month as numbers; null: not said (such a date that reads both ways is rejected).
             * @enum {string|null}
             */
            dateOrder: "dayFirst" | "monthFirst" | null;
            /**
             * @description A row whose owner is not an active member of the workspace: reject (the row is rejected) or ignore (the owner cell is: a new record is owned by whoever started the import, an updated one keeps its owner).
             * @enum {string}
             */
            unknownOwner: "reject" | "ignore";
            /**
             * @description Per column filling a field with choices (lifecycle stage, select and multi-select custom fields, the owner, whose choices are the active members’ user ids, or the country, whose choices are ISO codes): each text of the file and the choice value it is read as, or null to leave the field empty. A text not named is read as proposed by GET /imports/{id}/values, or its row rejected with the choices named.
             * @example {
             *       "Lifecycle Stage": {
             *         "Marketing Qualified Lead": "lead",
             *         "In Progress": null
             *       }
             *     }
             */
            values: {
                [key: string]: {
                    [key: string]: string | null;
                };
            } | null;
            /** @description With dedupe, the key of a unique custom field (an ID from another system, mapped from a column) to match rows by first: a row whose value a record holds updates (or skips) that record; a row without a value, or whose value no record holds, is matched by e-mail (people) or domain (companies). A row matched by e-mail or domain to a record holding another value is rejected. */
            matchOn: string | null;
            /** @description The country phone numbers without a +code are read in, when their row gives none; null: the workspace’s default country. */
            phoneCountry: string | null;
            progress: number;
            counts: {
                /** @description Rows done (each created, updated, skipped or rejected). */
                read: number;
                created: number;
                updated: number;
                /** @description Rows left alone: matches in skip mode, matches they would not change, and blank rows. */
                skipped: number;
                rejected: number;
                /** @description Rows that wrote a record an earlier row of the same file had written too (one e-mail on two rows): they applied in file order, the later row standing. Counted when the import completes. */
                repeated: number;
            };
            /** @description Companies people rows named that did not exist. */
            companiesCreated: number;
            /** @description A company import’s parent company column, applied when the import ends. */
            parents: {
                /** @description Companies placed under the parent company their row named. */
                placed: number;
                /** @description Companies written whose named parent was not found or would make a loop; listed by GET /imports/{id}/unplaced-parents. */
                unplaced: number;
            };
            error: string | null;
            /** @description The import whose rejected rows, fixed, this one imports again. */
            retryOf: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                number: number;
            } | null;
            /** @description Later imports of this one’s rejected rows, fixed (POST /imports/{id}/retry). */
            retriedBy: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                number: number;
            }[];
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            createdBy: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            startedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            finishedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        ImportPreview: {
            encoding: string;
            /**
             * @description One of , ; | or a tab.
             * @enum {string}
             */
            delimiter: "," | ";" | "\t" | "|";
            header: string[];
            /** @description The first 20 rows, as read. */
            rows: string[][];
            proposedMapping: {
                [key: string]: string | null;
            };
            /** @description What columns can fill. */
            fields: {
                key: string;
                label: string;
                /** @description How its cells are read, in custom fields’ words: a custom field’s type (date, number, …); for a built-in field the type it reads as (phone, email, dateTime, number, url, longText; select for the lifecycle stage, member for the owner, country for the first address’s country; else text). */
                type: string;
                /** @description A unique custom field: the start body’s matchOn may name it. */
                unique?: boolean;
            }[];
        };
        ImportColumnValues: {
            column: string;
            field: string | null;
            /** @description What the field can hold. */
            choices: {
                value: string;
                label: string;
            }[];
            /** @description Rows whose cell in the column is not blank. */
            rows: number;
            /** @description Each distinct text (an item of a list, for a multi-select), most frequent first, then in the order the file gives them; at most 200. */
            values: {
                text: string;
                rows: number;
                /** @description The choice value it is read as unless told otherwise; null: its rows are rejected. */
                proposed: string | null;
            }[];
            /** @description Cells giving a text beyond the first 200 distinct ones. */
            unlisted: number;
        };
        ImportRejection: {
            /** @description The data row’s number in the file: 1 is the row under the header (a vCard file counts cards). */
            row: number;
            /** @description The row’s number in the file first imported: on an import of fixed rows (a retry), whose file holds those rows alone, the number the row had there; otherwise `row`. */
            sourceRow: number;
            reason: string;
            /** @description The columns of the import’s header whose cells the reason names: the cells to fix. Empty for a problem of the whole row. */
            columns: string[];
            /** @description The row’s cells as read, in the order of the import’s header. */
            cells: string[];
            /**
             * Format: uuid
             * @description The import that took this row again, fixed (one of the import’s retriedBy).
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            retriedIn: string | null;
        };
        ImportRejectionGroup: {
            /** @description The column or field the reasons name ("Email", "Owner"), or a reason's own first words; empty for reasons that name none. Give it as `about` to GET /imports/{id}/rejections. */
            about: string;
            count: number;
            /** @description Of those, the rows not yet sent again fixed. */
            unfixed: number;
        };
        ImportUnplacedParent: {
            /** @description The data row that named the parent, as in rejections. */
            row: number;
            /** @description The row’s number in the file first imported. */
            sourceRow: number;
            /** @description The company the row wrote. */
            company: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
            };
            /** @description The parent company as the row named it. */
            parent: string;
            /** @description The parent’s name, when the row gave it beside an id: tried second. */
            parentName: string | null;
            problem: string;
        };
        ImportColumn: {
            index: number;
            column: string;
            /** @description The field the column fills; null: not imported. */
            field: string | null;
            /** @description That field’s label. */
            label: string | null;
            /** @description For a field with choices (lifecycle stage, select, multi-select), the labels of its choices; null for any other. */
            choices: string[] | null;
            /** @description A cell lists several choices (a multi-select). */
            multiple: boolean;
            /** @description The field is a unique custom field (the import’s matchOn may name it). */
            unique: boolean;
            /** @description How the import was told to read this column’s texts (its start body’s values): each text, the choice it became (null: left empty) and that choice’s label; null: none were given, texts were read as proposed. */
            readings: {
                text: string;
                value: string | null;
                label: string | null;
            }[] | null;
        };
        DeletedRecord: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            name: string;
            /** @description A person’s e-mail, a company’s domain. */
            detail: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            ownerId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            deletedAt: string;
            /** @description Who deleted it, from the audit trail: a member (type user, with their id and name as now) or another actor, such as system; null when the trail has no entry. */
            deletedBy: {
                type: string;
                id: string | null;
                name: string | null;
            } | null;
        };
        RestoredSince: {
            /** @description How many came back. */
            restored: number;
            /** @description Left deleted: a unique value of theirs belongs to a live record now, or to a record deleted after them that comes back instead. */
            skipped: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
                reason: string;
            }[];
        };
        Person: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /** @description Display name: the full name, else the e-mail or phone. */
            name: string;
            firstName: string | null;
            lastName: string | null;
            email: string | null;
            /** @description E.164. */
            phone: string | null;
            emails: {
                address: string;
                type: components["schemas"]["EmailType"];
            }[];
            phones: {
                /** @description E.164. */
                number: string;
                type: components["schemas"]["PhoneType"];
                /** @description Digits dialled once the number answers. */
                extension?: string;
            }[];
            addresses: {
                /**
                 * @default work
                 * @enum {string}
                 */
                type: "work" | "home" | "billing" | "shipping" | "other";
                street?: string | null;
                city?: string | null;
                region?: string | null;
                postalCode?: string | null;
                /** @description ISO 3166-1 alpha-2, e.g. "FR". */
                country?: string | null;
                latitude?: number | null;
                longitude?: number | null;
            }[];
            jobTitle: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            companyId: string | null;
            company: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
            } | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            ownerId: string | null;
            /** @enum {string} */
            lifecycleStage: "subscriber" | "lead" | "qualified" | "opportunity" | "customer" | "evangelist" | "churned" | "other";
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            lifecycleChangedAt: string;
            source: string;
            tags: string[];
            customFields: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            lastContactedAt: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            lastContactedBy: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        EmailType: "work" | "personal" | "other";
        /** @enum {string} */
        PhoneType: "mobile" | "work" | "home" | "fax" | "other";
        Company: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            name: string;
            domain: string | null;
            domains: string[];
            industry: string | null;
            employees: number | null;
            /** @description In the workspace’s default currency. */
            annualRevenue: number | null;
            phone: string | null;
            website: string | null;
            addresses: {
                /**
                 * @default work
                 * @enum {string}
                 */
                type: "work" | "home" | "billing" | "shipping" | "other";
                street?: string | null;
                city?: string | null;
                region?: string | null;
                postalCode?: string | null;
                /** @description ISO 3166-1 alpha-2, e.g. "FR". */
                country?: string | null;
                latitude?: number | null;
                longitude?: number | null;
            }[];
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            parentId: string | null;
            parent: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
            } | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            ownerId: string | null;
            tags: string[];
            source: string;
            customFields: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the company was last in touch with the team, either way: the latest contact with one of its people while they worked there, or in its own history.
             * @example 2026-11-22T10:15:00.000Z
             */
            lastContactedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        ListCount: {
            count: number;
            /**
             * @description `exact` up to 10,000 matches; past that, `estimate` (the database planner’s, for "about 1.2M"), or `atLeast` when the planner expected fewer than were found.
             * @enum {string}
             */
            accuracy: "exact" | "estimate" | "atLeast";
        };
        /** @enum {string} */
        PersonSource: "manual" | "import" | "api" | "form" | "chat" | "mail" | "portal" | "partner" | "demo" | "other";
        MergedProblem: {
            /** @example https://rapport.dev/problems/validation-failed */
            type: string;
            title: string;
            status: number;
            detail: string;
            requestId?: string;
            errors?: {
                path: string;
                message: string;
            }[];
            /** @description Set when the record was merged into another one you may read: go there instead. A record merely deleted, or merged then undone, has none. */
            mergedInto?: {
                /**
                 * Format: uuid
                 * @description The record it went into (the end of the line, if that was merged too).
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
                /** @description The name of the record asked for. */
                mergedName: string;
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                mergedAt: string;
                /**
                 * Format: uuid
                 * @description The merge (GET /merges/{id}, and its undo).
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                mergeId: string | null;
            };
        };
        Employment: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            personId: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            companyId: string;
            companyName: string;
            role: string | null;
            startedOn: string | null;
            endedOn: string | null;
            /** @description The person’s primary company (their companyId). */
            primary: boolean;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        PersonConsents: {
            /** @description Per purpose and channel. */
            current: components["schemas"]["ConsentState"][];
            /** @description Every event, newest first. */
            history: components["schemas"]["ConsentEvent"][];
        };
        ConsentState: {
            /** @description A slug such as newsletter or product_updates. */
            purpose: string;
            /** @enum {string} */
            channel: "email" | "sms" | "phone" | "post" | "any";
            /** @enum {string} */
            status: "granted" | "withdrawn";
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            since: string;
            /** @enum {string} */
            lawfulBasis: "consent" | "contract" | "legal_obligation" | "legitimate_interest";
            /** @enum {string} */
            source: "manual" | "form" | "mail" | "chat" | "portal" | "import" | "api" | "unsubscribe_link";
            /**
             * Format: uuid
             * @description The event that decides this state.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            eventId: string;
            /** @description Decided by a later event on channel "any". */
            viaAny: boolean;
        };
        ConsentEvent: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            personId: string;
            /** @description A slug such as newsletter or product_updates. */
            purpose: string;
            /** @enum {string} */
            channel: "email" | "sms" | "phone" | "post" | "any";
            /** @enum {string} */
            status: "granted" | "withdrawn";
            /** @enum {string} */
            lawfulBasis: "consent" | "contract" | "legal_obligation" | "legitimate_interest";
            /** @enum {string} */
            source: "manual" | "form" | "mail" | "chat" | "portal" | "import" | "api" | "unsubscribe_link";
            evidence: string | null;
            /**
             * Format: date-time
             * @description When the person gave or withdrew it.
             * @example 2026-11-22T10:15:00.000Z
             */
            occurredAt: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            recordedBy: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
        };
        ConsentHolder: {
            /** @description A slug such as newsletter or product_updates. */
            purpose: string;
            /** @enum {string} */
            channel: "email" | "sms" | "phone" | "post" | "any";
            /** @enum {string} */
            status: "granted" | "withdrawn";
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            since: string;
            /** @enum {string} */
            lawfulBasis: "consent" | "contract" | "legal_obligation" | "legitimate_interest";
            /** @enum {string} */
            source: "manual" | "form" | "mail" | "chat" | "portal" | "import" | "api" | "unsubscribe_link";
            /**
             * Format: uuid
             * @description The event that decides this state.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            eventId: string;
            /** @description Decided by a later event on channel "any". */
            viaAny: boolean;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            personId: string;
            personName: string;
        };
        PersonOverview: {
            person: components["schemas"]["Person"];
            employments: components["schemas"]["Employment"][];
            openDeals?: components["schemas"]["Deal"][];
            tickets?: components["schemas"]["Ticket"][];
            orders?: components["schemas"]["OrdersSummary"];
            lastContact: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                at: string;
                /** @description The member who acted in the latest contact; null when the customer reached out. */
                by: {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    id: string;
                    name: string;
                } | null;
            } | null;
            /** @description The latest contact in which a member of the team acted: the last contact itself unless the customer reached out last; null when nobody on the team has been in touch. */
            lastTeamContact: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                at: string;
                by: {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    id: string;
                    name: string;
                };
            } | null;
            timeline: {
                data: components["schemas"]["Activity"][];
                nextCursor: string | null;
            };
        };
        Deal: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            name: string;
            amount: number;
            currency: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            pipelineId: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            stageId: string;
            stage: {
                name: string;
                probability: number;
            };
            /** @enum {string} */
            status: "open" | "won" | "lost";
            closeDate: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            companyId: string | null;
            personIds: string[];
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            ownerId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            closedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        Ticket: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            number: number;
            subject: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            requesterId: string | null;
            /** @description Who asked, named as their record names them. */
            requester: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
            } | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            assigneeId: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            queueId: string | null;
            /** @enum {string} */
            channel: "email" | "portal" | "chat" | "phone" | "web" | "api";
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            solvedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        /** @description Orders not cancelled or refunded: revenue and margin per currency, and the latest five. */
        OrdersSummary: {
            count: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            lastOrderAt: string | null;
            byCurrency: {
                currency: string;
                orders: number;
                revenue: number;
                margin: number | null;
            }[];
            recent: components["schemas"]["Order"][];
        };
        Order: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            externalId: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            personId: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            companyId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            orderedAt: string;
            currency: string;
            total: number;
            status: string;
            lines: {
                lineNo: number;
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                productId: string | null;
                sku: string | null;
                description: string | null;
                quantity: number;
                unitPrice: number;
                unitCost: number | null;
            }[];
            /** @description Total minus the cost of the lines, when every line has a cost. */
            margin: number | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        Activity: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /** @enum {string} */
            type: "email" | "call" | "meeting" | "note" | "chat" | "ticket" | "campaign" | "order" | "form" | "portal" | "social" | "stage_change" | "task" | "consent" | "other";
            /** @enum {string} */
            channel: "email" | "phone" | "meeting" | "video" | "chat" | "web" | "portal" | "social" | "sms" | "system" | "other";
            /** @enum {string|null} */
            direction: "inbound" | "outbound" | "internal" | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            occurredAt: string;
            subject: string | null;
            /** @description Plain text. */
            body: string | null;
            /** @description Notes: sanitised HTML (formatting, links, mentions only). */
            bodyHtml: string | null;
            actor: {
                /** @enum {string} */
                type: "user" | "person" | "system";
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                userId: string | null;
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                personId: string | null;
                /** @description When a customer acted (type "person"): their name as the person page shows it. */
                personName: string | null;
            };
            personIds: string[];
            /** @description The people it concerns that are not deleted, named as their pages name them. */
            people: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
            }[];
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            companyId: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            dealId: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            ticketId: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            orderId: string | null;
            /** @description Written by the server from another record (a stage change, an order, a ticket’s status, a consent, a task done): it follows that record and cannot be changed or deleted. */
            derived: boolean;
            /** @description Facts of the entry’s kind. A campaign’s e-mail: `opened` and `clicked` (booleans), which the timeline shows; an order: `number`, `total`, `currency`; a stage change: `from`, `to`. */
            metadata: {
                [key: string]: unknown;
            };
            attachments: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                filename: string;
                contentType: string;
                size: number;
            }[];
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        CompanyOverview: {
            company: components["schemas"]["Company"];
            openDeals?: components["schemas"]["Deal"][];
            /** @description The latest tickets asked by people who work or worked there. */
            tickets?: components["schemas"]["Ticket"][];
            orders?: components["schemas"]["OrdersSummary"];
            /** @description The latest contact with any of its people (and with whom), or logged on the company naming nobody. */
            lastContact: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                at: string;
                /** @description The member who acted in the latest contact; null when the customer reached out. */
                by: {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    id: string;
                    name: string;
                } | null;
                /** @description Absent when the contact was logged on the company, naming nobody. */
                person?: {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    id: string;
                    name: string;
                };
            } | null;
            /** @description The latest contact in which a member of the team acted: the last contact itself unless the customer reached out last; null when nobody on the team has been in touch. */
            lastTeamContact: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                at: string;
                by: {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    id: string;
                    name: string;
                };
                /** @description Absent when the contact was logged on the company, naming nobody. */
                person?: {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    id: string;
                    name: string;
                };
            } | null;
        };
        HierarchyNode: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            name: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            parentId: string | null;
            depth: number;
            annualRevenue: number | null;
            rollup: {
                /** @description This company and every company below it. */
                annualRevenue: number;
                openDeals: number;
                /** @description Open deals’ amounts per currency, largest first: never added across currencies. */
                openDealsAmounts: {
                    currency: string;
                    amount: number;
                }[];
                companies: number;
            };
        };
        Attachment: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            activityId: string;
            filename: string;
            contentType: string;
            size: number;
            sha256: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
        };
        Notification: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            kind: string;
            title: string;
            body: string | null;
            recordType: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            recordId: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            actorUserId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            readAt: string | null;
        };
        Pipeline: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            name: string;
            stages: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
                position: number;
                probability: number;
                /** @enum {string} */
                outcome: "open" | "won" | "lost";
            }[];
        };
        Product: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            sku: string;
            name: string;
            category: string | null;
            unitPrice: number;
            unitCost: number | null;
            currency: string;
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        Task: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            title: string;
            notes: string | null;
            /** @enum {string} */
            type: "todo" | "call" | "email" | "meeting" | "follow_up";
            /** @enum {string} */
            priority: "low" | "normal" | "high";
            /** @enum {string} */
            status: "open" | "done";
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            dueAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            completedAt: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            assigneeId: string | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            personId: string | null;
            /** @description The person it concerns, while they exist. */
            person: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
            } | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            companyId: string | null;
            /** @description The company it concerns, while it exists. */
            company: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
            } | null;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            createdBy: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        SearchHit: {
            type: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            title: string;
            subtitle: string | null;
            score: number;
        };
        RecentRecord: {
            /** @enum {string} */
            type: "person" | "company";
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            title: string;
            subtitle: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            viewedAt: string;
        };
        SavedView: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            objectType: components["schemas"]["RecordKind"];
            name: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            ownerId: string;
            shared: boolean;
            columns: string[];
            /** @description The filter language, as in `?filter=`. */
            filter?: unknown;
            sort: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        BulkJob: {
            id: string;
            object: components["schemas"]["RecordKind"];
            /** @enum {string} */
            state: "queued" | "running" | "succeeded" | "dead";
            /** @description Records to process: counted when the job starts (null before), exact once it has succeeded. */
            total: number | null;
            /** @description Records done so far, a batch at a time. */
            processed: number;
            changed: number;
            /** @description Matching records your role may not change (left alone). */
            denied: number;
            lastError: string | null;
        };
        DuplicateCandidate: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            objectType: components["schemas"]["RecordKind"];
            reasons: string[];
            /** @description What the pair shares, for the reasons that name a value (email, phone, domain). */
            matches: {
                reason: string;
                value: string;
            }[];
            score: number;
            /** @enum {string} */
            status: "open" | "dismissed" | "merged";
            /** @description Both records; once merged, the one kept comes first. */
            records: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                name: string;
                detail: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                updatedAt: string;
            }[];
            /** @description The merge that joined the pair: set when status is "merged". */
            merge: {
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                id: string;
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                survivorId: string;
                /**
                 * Format: uuid
                 * @description Opaque record id.
                 * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                 */
                mergedId: string;
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                mergedAt: string;
                mergedBy: {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    id: string;
                    name: string | null;
                } | null;
                /** @description Whether you may undo it now (POST /merges/{id}/undo). */
                undoable: boolean;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            version: number;
        };
        Merge: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            id: string;
            objectType: components["schemas"]["RecordKind"];
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            survivorId: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            mergedId: string;
            moved: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            undoneAt: string | null;
            version: number;
        };
        MergePreview: {
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            survivorId: string;
            /**
             * Format: uuid
             * @description Opaque record id.
             * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
             */
            mergedId: string;
            /** @description What would land on this record, by kind: those of the other record not deleted and not already shared (a shared deal, an employment at the same company). People have activities, deals, tickets, orders, consents, tasks and employments; companies have activities, deals, orders, tasks, people, employments and subsidiaries. */
            moves: {
                /** @enum {string} */
                kind: "activities" | "deals" | "tickets" | "orders" | "consents" | "tasks" | "employments" | "people" | "subsidiaries";
                count: number;
            }[];
        };
    };
    responses: {
        /** @description The request is not valid (unknown fields, bad values, malformed JSON). */
        Problem400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid credentials. */
        Problem401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The role does not allow this, or the CSRF token is missing. */
        Problem403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such record in this workspace. */
        Problem404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflicts with the current state. */
        Problem409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match does not match the current version. */
        Problem412: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is too large. */
        Problem413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not JSON. */
        Problem415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but cannot be processed (or an Idempotency-Key reused with another body). */
        Problem422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests; retry after Retry-After seconds. */
        Problem429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unexpected error. */
        Problemdefault: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSetupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Setup status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        needsSetup: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    setUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workspaceName: string;
                    name: string;
                    /** @example ada@example.com */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Created and signed in (session cookie set). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["Problem400"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example ada@example.com */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in (session cookie set). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["Problem400"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ended: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example ada@example.com */
                    email: string;
                };
            };
        };
        responses: {
            /** @description If the account exists, a link is on its way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    completePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Password set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description You, updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    switchWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    workspaceId: string;
                };
            };
        };
        responses: {
            /** @description You, in the other workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    defaultCountry?: string;
                    defaultCurrency?: string;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description One of name, email, createdAt; a leading "-" sorts descending. */
                sort?: "name" | "-name" | "email" | "-email" | "createdAt" | "-createdAt";
                /** @description Part of a name or e-mail. */
                q?: string;
                role?: components["schemas"]["Role"];
                status?: "active" | "deactivated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example ada@example.com */
                    email: string;
                    name: string;
                    role: components["schemas"]["Role"];
                    /** @description Set a first password now; without it, an invitation link is e-mailed. */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role?: components["schemas"]["Role"];
                    /** @enum {string} */
                    status?: "active" | "deactivated";
                    teamIds?: string[];
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation is in the outbox. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every team, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Team"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                    /** @default [] */
                    memberIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    memberIds?: string[];
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listApiTokens: {
        parameters: {
            query?: {
                all?: "true" | "false";
                /** @description Opaque record id. */
                userId?: string;
                includeRevoked?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiToken"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-22T10:15:00.000Z
                     */
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; the secret is shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token (never its secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                recordId?: string;
                objectType?: components["schemas"]["AuditObjectType"];
                /** @description Opaque record id. */
                actorId?: string;
                /** @description Only the changes made with this API token, revoked ones too. */
                apiTokenId?: string;
                action?: "created" | "updated" | "deleted";
                since?: string;
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getAuditEntry: {
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
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntry"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                state?: "queued" | "running" | "succeeded" | "dead";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getJob: {
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
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    retryJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listOutboxMessages: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                status?: "held" | "queued" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OutboxMessage"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getOutboxMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    sendOutboxMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued for sending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every role with its permissions per kind of record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            role: components["schemas"]["Role"];
                            permissions: {
                                [key: string]: components["schemas"]["Grant"];
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listCustomFields: {
        parameters: {
            query?: {
                objectType?: "people" | "companies";
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By object and position. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CustomField"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    objectType: "people" | "companies";
                    label: string;
                    key?: string;
                    /** @enum {string} */
                    type: "text" | "longText" | "number" | "currency" | "date" | "dateTime" | "boolean" | "select" | "multiSelect" | "url" | "email" | "phone" | "relation";
                    required?: boolean;
                    unique?: boolean;
                    choices?: {
                        value: string;
                        label: string;
                    }[];
                    currency?: string;
                    /** @enum {string} */
                    target?: "people" | "companies";
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The field. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    purgeCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label?: string;
                    required?: boolean;
                    unique?: boolean;
                    choices?: {
                        value: string;
                        label: string;
                    }[];
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    archiveCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    restoreCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    exportPeople: {
        parameters: {
            query?: {
                /** @description csv (UTF-8, header of API field names), json (one array), or vcf (vCard 4.0, people only). */
                format?: "csv" | "json" | "vcf";
                /** @description JSON: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}. Operators: eq, neq, in, notIn, contains, notContains, startsWith, gt, gte, lt, lte, between, hasAny, hasAll, hasNone, isEmpty, isNotEmpty. Fields by their API names; custom fields as customFields.<key>; a person's company as company.<field> (company.customFields.<key> too). */
                filter?: string;
                /** @description The list's sort (a field name, "-" first for descending), so the file reads as the list does; by id when left out. */
                sort?: string;
                /** @description Comma-separated columns (API field names, customFields.<key>, and for a relation customFields.<key>.name: its record’s name, a person as "Name <e-mail>"); all by default. */
                columns?: string;
                /** @description Comma-separated ids of a selection (at most 200): only these, with the other filters. */
                ids?: string;
                /** @description true starts a CSV with a UTF-8 byte-order mark, which Excel needs to read accents; other readers skip it. */
                bom?: "true" | "false";
                /** @description true writes a CSV for people: headers as they read them ("First name", a custom field’s label) and choices by their labels. The import maps both back. */
                labels?: "true" | "false";
                /** @description Opaque record id. */
                ownerId?: string;
                tag?: string;
                email?: string;
                phone?: string;
                lifecycleStage?: "subscriber" | "lead" | "qualified" | "opportunity" | "customer" | "evangelist" | "churned" | "other";
                /** @description Opaque record id. */
                companyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                    "text/vcard": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    exportCompanies: {
        parameters: {
            query?: {
                /** @description csv (UTF-8, header of API field names), json (one array), or vcf (vCard 4.0, people only). */
                format?: "csv" | "json" | "vcf";
                /** @description JSON: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}. Operators: eq, neq, in, notIn, contains, notContains, startsWith, gt, gte, lt, lte, between, hasAny, hasAll, hasNone, isEmpty, isNotEmpty. Fields by their API names; custom fields as customFields.<key>; a person's company as company.<field> (company.customFields.<key> too). */
                filter?: string;
                /** @description The list's sort (a field name, "-" first for descending), so the file reads as the list does; by id when left out. */
                sort?: string;
                /** @description Comma-separated columns (API field names, customFields.<key>, and for a relation customFields.<key>.name: its record’s name, a person as "Name <e-mail>"); all by default. */
                columns?: string;
                /** @description Comma-separated ids of a selection (at most 200): only these, with the other filters. */
                ids?: string;
                /** @description true starts a CSV with a UTF-8 byte-order mark, which Excel needs to read accents; other readers skip it. */
                bom?: "true" | "false";
                /** @description true writes a CSV for people: headers as they read them ("First name", a custom field’s label) and choices by their labels. The import maps both back. */
                labels?: "true" | "false";
                /** @description Opaque record id. */
                ownerId?: string;
                tag?: string;
                domain?: string;
                /** @description Opaque record id. */
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of imports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Import"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    object: "people" | "companies";
                    /**
                     * @default csv
                     * @enum {string}
                     */
                    format?: "csv" | "vcf";
                    filename?: string;
                };
            };
        };
        responses: {
            /** @description Created, waiting for its file. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    discardImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    uploadImportFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file itself. */
        requestBody: {
            content: {
                "text/csv": string;
                "text/vcard": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Uploaded: size, SHA-256 and what the file looks like. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    previewImport: {
        parameters: {
            query?: {
                /** @description An encoding name such as utf-8, windows-1252, iso-8859-15, utf-16le. */
                encoding?: string;
                /** @description One of , ; | or a tab. */
                delimiter?: "," | ";" | "\t" | "|";
            };
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the file looks like. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreview"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    importColumnValues: {
        parameters: {
            query: {
                /** @description A column of the file, as its header names it. */
                column: string;
                /** @description The field it would fill (lifecycleStage, customFields.tier). Without it, the column’s texts as written, none proposed: the choices of a field to make from the column. */
                field?: string;
                /** @description An encoding name such as utf-8, windows-1252, iso-8859-15, utf-16le. */
                encoding?: string;
                /** @description One of , ; | or a tab. */
                delimiter?: "," | ";" | "\t" | "|";
            };
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The column’s values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportColumnValues"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Column → field (null: not imported). Without it, the proposed mapping. */
                    mapping?: {
                        [key: string]: string | null;
                    };
                    /**
                     * @description Match rows to existing records: people by e-mail (any of theirs), companies by domain.
                     * @enum {string|null}
                     */
                    dedupe?: "email" | "domain" | null;
                    /**
                     * @description With dedupe, what a matching row does: update the record (default), skip it, or create a new one anyway.
                     * @enum {string}
                     */
                    mode?: "create" | "update" | "skip";
                    /**
                     * @description How the file writes dates of day and month as numbers: dayFirst (05/12/2023 is 5 December) or monthFirst (May 12). Without it, a date that reads both ways is rejected, its reason naming both readings; ISO dates and dates with the month by name read the same either way.
                     * @enum {string|null}
                     */
                    dateOrder?: "dayFirst" | "monthFirst" | null;
                    /** @description The country phone numbers without a +code are read in, when their row gives no country (ISO 3166 code: FR, DE, GB…). Without it, the workspace’s default country. */
                    phoneCountry?: string | null;
                    /**
                     * @description A row whose owner (a member’s e-mail, full name or user id) is not an active member of this workspace, as in a file from another CRM: reject the row (default), or ignore its owner cell (a new record is then owned by whoever started the import; a record it updates keeps its owner).
                     * @enum {string}
                     */
                    unknownOwner?: "reject" | "ignore";
                    /** @description With dedupe, the key of a unique custom field (an ID from another system, mapped from a column) to match rows by first: a row whose value a record holds updates (or skips) that record; a row without a value, or whose value no record holds, is matched by e-mail (people) or domain (companies). A row matched by e-mail or domain to a record holding another value is rejected. */
                    matchOn?: string | null;
                    /**
                     * @description Per column filling a field with choices (lifecycle stage, select and multi-select custom fields, the owner, whose choices are the active members’ user ids, or the country, whose choices are ISO codes): each text of the file and the choice value it is read as, or null to leave the field empty. A text not named is read as proposed by GET /imports/{id}/values, or its row rejected with the choices named.
                     * @example {
                     *       "Lifecycle Stage": {
                     *         "Marketing Qualified Lead": "lead",
                     *         "In Progress": null
                     *       }
                     *     }
                     */
                    values?: {
                        [key: string]: {
                            [key: string]: string | null;
                        };
                    };
                    /** @description An encoding name such as utf-8, windows-1252, iso-8859-15, utf-16le. */
                    encoding?: string;
                    /**
                     * @description One of , ; | or a tab.
                     * @enum {string}
                     */
                    delimiter?: "," | ";" | "\t" | "|";
                };
            };
        };
        responses: {
            /** @description Queued; follow it with GET /imports/{id}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    cancelImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    downloadRejectedRows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listImportRejections: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the rows whose reason is about this (a column or field, as GET /imports/{id}/rejection-groups names them); empty: the rows whose reason names none. */
                about?: string;
            };
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rejected rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ImportRejection"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listImportRejectionGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ImportRejectionGroup"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listImportUnplacedParents: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of companies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ImportUnplacedParent"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listImportColumns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The header in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ImportColumn"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    retryImportRejections: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rows: {
                        /** @description The rejected row’s number, as listed. */
                        row: number;
                        /** @description Every cell of the row, fixed, one per column of the import’s header. */
                        cells: string[];
                    }[];
                    /**
                     * @description How the new import reads dates written as numbers (05/12/2023): dayFirst, monthFirst, or null for neither (such a date that reads both ways is rejected). Without it, as the original import did.
                     * @enum {string|null}
                     */
                    dateOrder?: "dayFirst" | "monthFirst" | null;
                    /**
                     * @description A row whose owner is not an active member: reject it again, or ignore its owner cell (a new record is owned by whoever retries). Without it, as the original import did.
                     * @enum {string}
                     */
                    unknownOwner?: "reject" | "ignore";
                };
            };
        };
        responses: {
            /** @description Queued; follow it with GET /imports/{id}. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listDeletedPeople: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Part of a name, or of an e-mail. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deleted people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeletedRecord"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listDeletedCompanies: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Part of a name, or of a domain. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deleted companies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeletedRecord"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    restoreDeletedPeople: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @example 2026-11-22T10:15:00.000Z
                     */
                    since: string;
                };
            };
        };
        responses: {
            /** @description Restored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoredSince"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    restoreDeletedCompanies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @example 2026-11-22T10:15:00.000Z
                     */
                    since: string;
                };
            };
        };
        responses: {
            /** @description Restored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoredSince"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    restorePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    restoreCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description A field name, "-" first for descending (custom fields as customFields.<key>). */
                sort?: string;
                q?: string;
                /** @description JSON: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}. Operators: eq, neq, in, notIn, contains, notContains, startsWith, gt, gte, lt, lte, between, hasAny, hasAll, hasNone, isEmpty, isNotEmpty. Fields by their API names; custom fields as customFields.<key>; a person's company as company.<field> (company.customFields.<key> too). */
                filter?: string;
                email?: string;
                phone?: string;
                lifecycleStage?: "subscriber" | "lead" | "qualified" | "opportunity" | "customer" | "evangelist" | "churned" | "other";
                /** @description Opaque record id. */
                ownerId?: string;
                /** @description Opaque record id. */
                companyId?: string;
                tag?: string;
                /** @description Comma-separated ids of a selection (at most 200): only these, with the other filters. */
                ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Person"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    firstName?: string | null;
                    lastName?: string | null;
                    /** @description The primary e-mail; shorthand for the first of `emails`. */
                    email?: string | null;
                    /** @description The primary phone, any format; stored as E.164. */
                    phone?: string | null;
                    emails?: {
                        address: string;
                        /**
                         * @description Without it: "personal" at a free-mail provider (gmail.com, outlook.com…), else "work".
                         * @enum {string}
                         */
                        type?: "work" | "personal" | "other";
                    }[];
                    phones?: {
                        /** @description Any usual form; an extension written in it ("… ext. 12") is read apart. */
                        number: string;
                        /**
                         * @description Without it: "mobile" for a mobile number, else "work" (also where the number cannot tell, +1).
                         * @enum {string}
                         */
                        type?: "mobile" | "work" | "home" | "fax" | "other";
                        /** @description Digits dialled once the number answers. */
                        extension?: string;
                    }[];
                    addresses?: {
                        /**
                         * @default work
                         * @enum {string}
                         */
                        type?: "work" | "home" | "billing" | "shipping" | "other";
                        street?: string | null;
                        city?: string | null;
                        region?: string | null;
                        postalCode?: string | null;
                        /** @description ISO 3166-1 alpha-2, e.g. "FR". */
                        country?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                    }[];
                    jobTitle?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    companyId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    ownerId?: string | null;
                    /** @enum {string} */
                    lifecycleStage?: "subscriber" | "lead" | "qualified" | "opportunity" | "customer" | "evangelist" | "churned" | "other";
                    source?: components["schemas"]["PersonSource"];
                    tags?: string[];
                    customFields?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    countPeople: {
        parameters: {
            query?: {
                /** @description JSON: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}. Operators: eq, neq, in, notIn, contains, notContains, startsWith, gt, gte, lt, lte, between, hasAny, hasAll, hasNone, isEmpty, isNotEmpty. Fields by their API names; custom fields as customFields.<key>; a person's company as company.<field> (company.customFields.<key> too). */
                filter?: string;
                email?: string;
                phone?: string;
                lifecycleStage?: "subscriber" | "lead" | "qualified" | "opportunity" | "customer" | "evangelist" | "churned" | "other";
                /** @description Opaque record id. */
                ownerId?: string;
                /** @description Opaque record id. */
                companyId?: string;
                tag?: string;
                /** @description Comma-separated ids of a selection (at most 200): only these, with the other filters. */
                ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCount"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            /** @description No such person; or it was merged into another (`mergedInto`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MergedProblem"];
                };
            };
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    deletePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    firstName?: string | null;
                    lastName?: string | null;
                    /** @description The primary e-mail; shorthand for the first of `emails`. */
                    email?: string | null;
                    /** @description The primary phone, any format; stored as E.164. */
                    phone?: string | null;
                    emails?: {
                        address: string;
                        /**
                         * @description Without it: "personal" at a free-mail provider (gmail.com, outlook.com…), else "work".
                         * @enum {string}
                         */
                        type?: "work" | "personal" | "other";
                    }[];
                    phones?: {
                        /** @description Any usual form; an extension written in it ("… ext. 12") is read apart. */
                        number: string;
                        /**
                         * @description Without it: "mobile" for a mobile number, else "work" (also where the number cannot tell, +1).
                         * @enum {string}
                         */
                        type?: "mobile" | "work" | "home" | "fax" | "other";
                        /** @description Digits dialled once the number answers. */
                        extension?: string;
                    }[];
                    addresses?: {
                        /**
                         * @default work
                         * @enum {string}
                         */
                        type?: "work" | "home" | "billing" | "shipping" | "other";
                        street?: string | null;
                        city?: string | null;
                        region?: string | null;
                        postalCode?: string | null;
                        /** @description ISO 3166-1 alpha-2, e.g. "FR". */
                        country?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                    }[];
                    jobTitle?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    companyId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    ownerId?: string | null;
                    /** @enum {string} */
                    lifecycleStage?: "subscriber" | "lead" | "qualified" | "opportunity" | "customer" | "evangelist" | "churned" | "other";
                    source?: components["schemas"]["PersonSource"];
                    tags?: string[];
                    customFields?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listEmployments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Employment"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    addEmployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    companyId: string;
                    role?: string | null;
                    /** Format: date */
                    startedOn?: string | null;
                    /** Format: date */
                    endedOn?: string | null;
                    /** @description Make this the person’s primary company. */
                    primary?: boolean;
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Employment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    deleteEmployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateEmployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role?: string | null;
                    /** Format: date */
                    startedOn?: string | null;
                    /** Format: date */
                    endedOn?: string | null;
                    /** @description Make this the person’s primary company. */
                    primary?: boolean;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Employment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getPersonConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state and history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonConsents"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    recordConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A slug, e.g. newsletter, marketing, product_updates, profiling. */
                    purpose: string;
                    /**
                     * @description "any" speaks for every channel of the purpose.
                     * @enum {string}
                     */
                    channel: "email" | "sms" | "phone" | "post" | "any";
                    /**
                     * @description Given or withdrawn.
                     * @enum {string}
                     */
                    status: "granted" | "withdrawn";
                    /**
                     * @description Defaults to consent.
                     * @enum {string}
                     */
                    lawfulBasis?: "consent" | "contract" | "legal_obligation" | "legitimate_interest";
                    /**
                     * @description How it reached us; defaults to manual.
                     * @enum {string}
                     */
                    source?: "manual" | "form" | "mail" | "chat" | "portal" | "import" | "api" | "unsubscribe_link";
                    /** @description The wording shown, the form's address, the message (at most 2000). */
                    evidence?: string | null;
                    /**
                     * Format: date-time
                     * @description When the person said it; now if left out; never later.
                     * @example 2026-11-22T10:15:00.000Z
                     */
                    occurredAt?: string;
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentEvent"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listConsentHolders: {
        parameters: {
            query: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                purpose: string;
                channel: "email" | "sms" | "phone" | "post" | "any";
                status?: "granted" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ConsentHolder"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getPersonOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonOverview"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            /** @description No such person; or it was merged into another (`mergedInto`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MergedProblem"];
                };
            };
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getCompanyOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyOverview"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            /** @description No such company; or it was merged into another (`mergedInto`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MergedProblem"];
                };
            };
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description A field name, "-" first for descending (custom fields as customFields.<key>). */
                sort?: string;
                q?: string;
                /** @description JSON: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}. Operators: eq, neq, in, notIn, contains, notContains, startsWith, gt, gte, lt, lte, between, hasAny, hasAll, hasNone, isEmpty, isNotEmpty. Fields by their API names; custom fields as customFields.<key>; a person's company as company.<field> (company.customFields.<key> too). */
                filter?: string;
                domain?: string;
                /** @description Opaque record id. */
                ownerId?: string;
                /** @description Opaque record id. */
                parentId?: string;
                tag?: string;
                /** @description Comma-separated ids of a selection (at most 200): only these, with the other filters. */
                ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of companies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Company"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description The primary domain; shorthand for the first of `domains`. */
                    domain?: string | null;
                    domains?: string[];
                    industry?: string | null;
                    employees?: number | null;
                    annualRevenue?: number | null;
                    phone?: string | null;
                    website?: string | null;
                    addresses?: {
                        /**
                         * @default work
                         * @enum {string}
                         */
                        type?: "work" | "home" | "billing" | "shipping" | "other";
                        street?: string | null;
                        city?: string | null;
                        region?: string | null;
                        postalCode?: string | null;
                        /** @description ISO 3166-1 alpha-2, e.g. "FR". */
                        country?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                    }[];
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    parentId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    ownerId?: string | null;
                    tags?: string[];
                    /** @enum {string} */
                    source?: "manual" | "import" | "api" | "form" | "partner" | "demo" | "other";
                    customFields?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    countCompanies: {
        parameters: {
            query?: {
                /** @description JSON: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}. Operators: eq, neq, in, notIn, contains, notContains, startsWith, gt, gte, lt, lte, between, hasAny, hasAll, hasNone, isEmpty, isNotEmpty. Fields by their API names; custom fields as customFields.<key>; a person's company as company.<field> (company.customFields.<key> too). */
                filter?: string;
                domain?: string;
                /** @description Opaque record id. */
                ownerId?: string;
                /** @description Opaque record id. */
                parentId?: string;
                tag?: string;
                /** @description Comma-separated ids of a selection (at most 200): only these, with the other filters. */
                ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCount"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            /** @description No such company; or it was merged into another (`mergedInto`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MergedProblem"];
                };
            };
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    deleteCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description The primary domain; shorthand for the first of `domains`. */
                    domain?: string | null;
                    domains?: string[];
                    industry?: string | null;
                    employees?: number | null;
                    annualRevenue?: number | null;
                    phone?: string | null;
                    website?: string | null;
                    addresses?: {
                        /**
                         * @default work
                         * @enum {string}
                         */
                        type?: "work" | "home" | "billing" | "shipping" | "other";
                        street?: string | null;
                        city?: string | null;
                        region?: string | null;
                        postalCode?: string | null;
                        /** @description ISO 3166-1 alpha-2, e.g. "FR". */
                        country?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                    }[];
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    parentId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    ownerId?: string | null;
                    tags?: string[];
                    /** @enum {string} */
                    source?: "manual" | "import" | "api" | "form" | "partner" | "demo" | "other";
                    customFields?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getCompanyHierarchy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tree. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["HierarchyNode"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "email" | "call" | "meeting" | "note" | "chat" | "ticket" | "campaign" | "order" | "form" | "portal" | "social" | "stage_change" | "task" | "consent" | "other";
                    /** @enum {string} */
                    channel?: "email" | "phone" | "meeting" | "video" | "chat" | "web" | "portal" | "social" | "sms" | "system" | "other";
                    /** @enum {string|null} */
                    direction?: "inbound" | "outbound" | "internal" | null;
                    /**
                     * Format: date-time
                     * @example 2026-11-22T10:15:00.000Z
                     */
                    occurredAt?: string;
                    subject?: string | null;
                    body?: string | null;
                    /** @description Rich text for notes; sanitised on the way in. Mention a colleague with <span data-mention="userId">@Name</span>. */
                    bodyHtml?: string | null;
                    /** @default [] */
                    personIds?: string[];
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    companyId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    dealId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    ticketId?: string | null;
                    /** @description Facts of the entry’s kind, as an Activity’s `metadata` says: `opened` and `clicked` for a campaign’s e-mail. */
                    metadata?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Logged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    deleteActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject?: string | null;
                    body?: string | null;
                    bodyHtml?: string | null;
                    /**
                     * Format: date-time
                     * @example 2026-11-22T10:15:00.000Z
                     */
                    occurredAt?: string;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getPersonTimeline: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only these types, comma-separated (e.g. "email,call"). */
                type?: string;
            };
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getCompanyTimeline: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only these types, comma-separated (e.g. "email,call"). */
                type?: string;
            };
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    attachFile: {
        parameters: {
            query: {
                filename: string;
            };
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file itself. */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "*/*": string;
            };
        };
        responses: {
            /** @description Attached. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Notification"][];
                        nextCursor: string | null;
                        unread: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids?: string[];
                };
            };
        };
        responses: {
            /** @description How many were marked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listPipelines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pipelines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Pipeline"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createPipeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    stages: {
                        name: string;
                        probability: number;
                        /** @enum {string} */
                        outcome: "open" | "won" | "lost";
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pipeline"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listDeals: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description A field name, "-" first for descending (custom fields as customFields.<key>). */
                sort?: string;
                /** @description Opaque record id. */
                personId?: string;
                /** @description Opaque record id. */
                companyId?: string;
                status?: "open" | "won" | "lost";
                /** @description Opaque record id. */
                pipelineId?: string;
                /** @description Opaque record id. */
                ownerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Deal"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    amount?: number;
                    currency?: string;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    pipelineId?: string;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    stageId?: string;
                    /** Format: date */
                    closeDate?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    companyId?: string | null;
                    personIds?: string[];
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    ownerId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    deleteDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    amount?: number;
                    currency?: string;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    pipelineId?: string;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    stageId?: string;
                    /** Format: date */
                    closeDate?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    companyId?: string | null;
                    personIds?: string[];
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    ownerId?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Opaque record id. */
                personId?: string;
                /** @description Opaque record id. */
                companyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Order"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    upsertOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    externalId: string;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    personId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    companyId?: string | null;
                    /**
                     * Format: date-time
                     * @example 2026-11-22T10:15:00.000Z
                     */
                    orderedAt: string;
                    currency: string;
                    total?: number;
                    /** @enum {string} */
                    status?: "placed" | "paid" | "fulfilled" | "cancelled" | "refunded";
                    lines: {
                        /**
                         * Format: uuid
                         * @description Opaque record id.
                         * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                         */
                        productId?: string;
                        sku?: string;
                        description?: string;
                        quantity: number;
                        unitPrice: number;
                        unitCost?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Products by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    name: string;
                    category?: string;
                    unitPrice: number;
                    unitCost?: number;
                    currency: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Opaque record id. */
                requesterId?: string;
                /** @description Tickets asked by people who work or worked there. */
                companyId?: string;
                /** @description Opaque record id. */
                assigneeId?: string;
                status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tickets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Ticket"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: string;
                    /** @enum {string} */
                    status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    requesterId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    assigneeId?: string | null;
                    /** @enum {string} */
                    channel?: "email" | "portal" | "chat" | "phone" | "web" | "api";
                };
            };
        };
        responses: {
            /** @description Opened. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject?: string;
                    /** @enum {string} */
                    status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    requesterId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    assigneeId?: string | null;
                    /** @enum {string} */
                    channel?: "email" | "portal" | "chat" | "phone" | "web" | "api";
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description One of dueAt; a leading "-" sorts descending. */
                sort?: "dueAt" | "-dueAt";
                /** @description A member’s id, or `me`. */
                assignee?: "me" | string;
                /** @description Opaque record id. */
                personId?: string;
                /** @description Opaque record id. */
                companyId?: string;
                status?: "open" | "done";
                /** @description Only tasks due before this moment. */
                dueBefore?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description Plain text. */
                    notes?: string | null;
                    /** @enum {string} */
                    type?: "todo" | "call" | "email" | "meeting" | "follow_up";
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high";
                    /**
                     * @description `done` sets `completedAt`; `open` again clears it.
                     * @enum {string}
                     */
                    status?: "open" | "done";
                    /**
                     * Format: date-time
                     * @example 2026-11-22T10:15:00.000Z
                     */
                    dueAt?: string | null;
                    /**
                     * Format: uuid
                     * @description A member of the workspace; on create, you unless given.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    assigneeId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    personId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    companyId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** @description Plain text. */
                    notes?: string | null;
                    /** @enum {string} */
                    type?: "todo" | "call" | "email" | "meeting" | "follow_up";
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high";
                    /**
                     * @description `done` sets `completedAt`; `open` again clears it.
                     * @enum {string}
                     */
                    status?: "open" | "done";
                    /**
                     * Format: date-time
                     * @example 2026-11-22T10:15:00.000Z
                     */
                    dueAt?: string | null;
                    /**
                     * Format: uuid
                     * @description A member of the workspace; on create, you unless given.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    assigneeId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    personId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    companyId?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    search: {
        parameters: {
            query: {
                q: string;
                limit?: number;
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The best hits, and the hits of each kind. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        best: components["schemas"]["SearchHit"][];
                        byType: {
                            [key: string]: components["schemas"]["SearchHit"][];
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listRecentRecords: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only these kinds, comma-separated: `person`, `company`. */
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your recent records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RecentRecord"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    recordRecentRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "person" | "company";
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    id: string;
                };
            };
        };
        responses: {
            /** @description The record, as your list now shows it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecentRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listSavedViews: {
        parameters: {
            query?: {
                objectType?: components["schemas"]["RecordKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Views by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SavedView"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    createSavedView: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    objectType: components["schemas"]["RecordKind"];
                    name: string;
                    /** @description Shared views are visible to the whole workspace. */
                    shared?: boolean;
                    columns?: string[];
                    /**
                     * @description The filter language: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}.
                     * @example {
                     *       "field": "lifecycleStage",
                     *       "op": "eq",
                     *       "value": "customer"
                     *     }
                     */
                    filter?: {
                        [key: string]: unknown;
                    } | null;
                    sort?: string | null;
                };
            };
        };
        responses: {
            /** @description Saved. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    deleteSavedView: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    updateSavedView: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this change is based on; a stale one answers 412. */
                "if-match"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Shared views are visible to the whole workspace. */
                    shared?: boolean;
                    columns?: string[];
                    /**
                     * @description The filter language: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}.
                     * @example {
                     *       "field": "lifecycleStage",
                     *       "op": "eq",
                     *       "value": "customer"
                     *     }
                     */
                    filter?: {
                        [key: string]: unknown;
                    } | null;
                    sort?: string | null;
                };
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listSavedViewsOfCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your views and the shared ones that name it, by name; how many private ones of others do. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SavedView"][];
                        privateOfOthers: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    bulkUpdatePeople: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A selection. */
                    ids?: string[];
                    /**
                     * @description Every record matching this filter.
                     * @example {
                     *       "field": "lifecycleStage",
                     *       "op": "eq",
                     *       "value": "customer"
                     *     }
                     */
                    filter?: {
                        [key: string]: unknown;
                    };
                    /**
                     * @description Every record you can see (when no filter is given).
                     * @enum {boolean}
                     */
                    all?: true;
                    action: {
                        /** @enum {string} */
                        type: "setOwner";
                        /**
                         * Format: uuid
                         * @description Opaque record id.
                         * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                         */
                        ownerId: string;
                    } | {
                        /** @enum {string} */
                        type: "addTags";
                        tags: string[];
                    } | {
                        /** @enum {string} */
                        type: "removeTags";
                        tags: string[];
                    } | {
                        /** @enum {string} */
                        type: "setStage";
                        /** @enum {string} */
                        stage: "subscriber" | "lead" | "qualified" | "opportunity" | "customer" | "evangelist" | "churned" | "other";
                    } | {
                        /** @enum {string} */
                        type: "setCustomField";
                        /** @description The key of an active custom field of these records. */
                        key: string;
                        /** @description The value, as a record’s customFields takes it for this field (checked the same way); null clears it. */
                        value?: unknown;
                    } | {
                        /** @enum {string} */
                        type: "delete";
                    };
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        matched: number;
                        changed?: number;
                        /** @description Matching records your role may not change (left alone). */
                        denied: number;
                        /** @description For large selections: the job doing the work (see /bulk-jobs/{id}). */
                        jobId?: string;
                    };
                };
            };
            /** @description Started as a job. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        matched: number;
                        changed?: number;
                        /** @description Matching records your role may not change (left alone). */
                        denied: number;
                        /** @description For large selections: the job doing the work (see /bulk-jobs/{id}). */
                        jobId?: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    bulkUpdateCompanies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A selection. */
                    ids?: string[];
                    /**
                     * @description Every record matching this filter.
                     * @example {
                     *       "field": "lifecycleStage",
                     *       "op": "eq",
                     *       "value": "customer"
                     *     }
                     */
                    filter?: {
                        [key: string]: unknown;
                    };
                    /**
                     * @description Every record you can see (when no filter is given).
                     * @enum {boolean}
                     */
                    all?: true;
                    action: {
                        /** @enum {string} */
                        type: "setOwner";
                        /**
                         * Format: uuid
                         * @description Opaque record id.
                         * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                         */
                        ownerId: string;
                    } | {
                        /** @enum {string} */
                        type: "addTags";
                        tags: string[];
                    } | {
                        /** @enum {string} */
                        type: "removeTags";
                        tags: string[];
                    } | {
                        /** @enum {string} */
                        type: "setStage";
                        /** @enum {string} */
                        stage: "subscriber" | "lead" | "qualified" | "opportunity" | "customer" | "evangelist" | "churned" | "other";
                    } | {
                        /** @enum {string} */
                        type: "setCustomField";
                        /** @description The key of an active custom field of these records. */
                        key: string;
                        /** @description The value, as a record’s customFields takes it for this field (checked the same way); null clears it. */
                        value?: unknown;
                    } | {
                        /** @enum {string} */
                        type: "delete";
                    };
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        matched: number;
                        changed?: number;
                        /** @description Matching records your role may not change (left alone). */
                        denied: number;
                        /** @description For large selections: the job doing the work (see /bulk-jobs/{id}). */
                        jobId?: string;
                    };
                };
            };
            /** @description Started as a job. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        matched: number;
                        changed?: number;
                        /** @description Matching records your role may not change (left alone). */
                        denied: number;
                        /** @description For large selections: the job doing the work (see /bulk-jobs/{id}). */
                        jobId?: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getBulkJob: {
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
            /** @description The job and its progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    listDuplicates: {
        parameters: {
            query?: {
                /** @description At most 200. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                objectType?: components["schemas"]["RecordKind"];
                status?: "open" | "dismissed" | "merged";
                /** @description Only the pairs that hold this record (its page shows them). */
                recordId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of candidate pairs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DuplicateCandidate"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    scanDuplicates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    objectType: components["schemas"]["RecordKind"];
                };
            };
        };
        responses: {
            /** @description Scanned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        found: number;
                    };
                };
            };
            /** @description Scanning in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    dismissDuplicate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque record id.
                         * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                         */
                        id: string;
                        status: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    reopenDuplicate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque record id.
                         * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                         */
                        id: string;
                        status: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    mergePeople: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    mergedId: string;
                    /** @default {} */
                    choices?: {
                        [key: string]: "survivor" | "merged";
                    };
                };
            };
        };
        responses: {
            /** @description Merged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merge"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    mergeCompanies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque record id.
                     * @example 01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f
                     */
                    mergedId: string;
                    /** @default {} */
                    choices?: {
                        [key: string]: "survivor" | "merged";
                    };
                };
            };
        };
        responses: {
            /** @description Merged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merge"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    previewPeopleMerge: {
        parameters: {
            query: {
                /** @description Opaque record id. */
                mergedId: string;
            };
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What would move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergePreview"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    previewCompaniesMerge: {
        parameters: {
            query: {
                /** @description Opaque record id. */
                mergedId: string;
            };
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What would move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergePreview"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    getMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merge"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
    undoMerge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer when the same request is sent again with this key. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque record id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Undone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merge"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            default: components["responses"]["Problemdefault"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsUsersGetParametersQuerySortValues: ReadonlyArray<FlattenedDeepRequired<paths>["/users"]["get"]["parameters"]["query"]["sort"]> = ["name", "-name", "email", "-email", "createdAt", "-createdAt"];
export const pathsUsersGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/users"]["get"]["parameters"]["query"]["status"]> = ["active", "deactivated"];
export const pathsUsersIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/users/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "deactivated"];
export const pathsApiTokensGetParametersQueryAllValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api-tokens"]["get"]["parameters"]["query"]["all"]> = ["true", "false"];
export const pathsApiTokensGetParametersQueryIncludeRevokedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api-tokens"]["get"]["parameters"]["query"]["includeRevoked"]> = ["true", "false"];
export const pathsAuditLogGetParametersQueryActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/audit-log"]["get"]["parameters"]["query"]["action"]> = ["created", "updated", "deleted"];
export const pathsJobsGetParametersQueryStateValues: ReadonlyArray<FlattenedDeepRequired<paths>["/jobs"]["get"]["parameters"]["query"]["state"]> = ["queued", "running", "succeeded", "dead"];
export const pathsOutboxMessagesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/outbox-messages"]["get"]["parameters"]["query"]["status"]> = ["held", "queued", "sent", "failed"];
export const pathsCustomFieldsGetParametersQueryObjectTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/custom-fields"]["get"]["parameters"]["query"]["objectType"]> = ["people", "companies"];
export const pathsCustomFieldsGetParametersQueryIncludeArchivedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/custom-fields"]["get"]["parameters"]["query"]["includeArchived"]> = ["true", "false"];
export const pathsCustomFieldsPostRequestBodyContentApplicationJsonObjectTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/custom-fields"]["post"]["requestBody"]["content"]["application/json"]["objectType"]> = ["people", "companies"];
export const pathsCustomFieldsPostRequestBodyContentApplicationJsonTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/custom-fields"]["post"]["requestBody"]["content"]["application/json"]["type"]> = ["text", "longText", "number", "currency", "date", "dateTime", "boolean", "select", "multiSelect", "url", "email", "phone", "relation"];
export const pathsCustomFieldsPostRequestBodyContentApplicationJsonTargetValues: ReadonlyArray<FlattenedDeepRequired<paths>["/custom-fields"]["post"]["requestBody"]["content"]["application/json"]["target"]> = ["people", "companies"];
export const pathsPeopleExportGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/export"]["get"]["parameters"]["query"]["format"]> = ["csv", "json", "vcf"];
export const pathsPeopleExportGetParametersQueryBomValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/export"]["get"]["parameters"]["query"]["bom"]> = ["true", "false"];
export const pathsPeopleExportGetParametersQueryLabelsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/export"]["get"]["parameters"]["query"]["labels"]> = ["true", "false"];
export const pathsPeopleExportGetParametersQueryLifecycleStageValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/export"]["get"]["parameters"]["query"]["lifecycleStage"]> = ["subscriber", "lead", "qualified", "opportunity", "customer", "evangelist", "churned", "other"];
export const pathsCompaniesExportGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/companies/export"]["get"]["parameters"]["query"]["format"]> = ["csv", "json", "vcf"];
export const pathsCompaniesExportGetParametersQueryBomValues: ReadonlyArray<FlattenedDeepRequired<paths>["/companies/export"]["get"]["parameters"]["query"]["bom"]> = ["true", "false"];
export const pathsCompaniesExportGetParametersQueryLabelsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/companies/export"]["get"]["parameters"]["query"]["labels"]> = ["true", "false"];
export const pathsImportsPostRequestBodyContentApplicationJsonObjectValues: ReadonlyArray<FlattenedDeepRequired<paths>["/imports"]["post"]["requestBody"]["content"]["application/json"]["object"]> = ["people", "companies"];
export const pathsImportsPostRequestBodyContentApplicationJsonFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/imports"]["post"]["requestBody"]["content"]["application/json"]["format"]> = ["csv", "vcf"];
export const pathsImportsIdPreviewGetParametersQueryDelimiterValues: ReadonlyArray<FlattenedDeepRequired<paths>["/imports/{id}/preview"]["get"]["parameters"]["query"]["delimiter"]> = [",", ";", "\t", "|"];
export const pathsImportsIdValuesGetParametersQueryDelimiterValues: ReadonlyArray<FlattenedDeepRequired<paths>["/imports/{id}/values"]["get"]["parameters"]["query"]["delimiter"]> = [",", ";", "\t", "|"];
export const pathsImportsIdStartPostRequestBodyContentApplicationJsonModeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/imports/{id}/start"]["post"]["requestBody"]["content"]["application/json"]["mode"]> = ["create", "update", "skip"];
export const pathsImportsIdStartPostRequestBodyContentApplicationJsonUnknownOwnerValues: ReadonlyArray<FlattenedDeepRequired<paths>["/imports/{id}/start"]["post"]["requestBody"]["content"]["application/json"]["unknownOwner"]> = ["reject", "ignore"];
export const pathsImportsIdStartPostRequestBodyContentApplicationJsonDelimiterValues: ReadonlyArray<FlattenedDeepRequired<paths>["/imports/{id}/start"]["post"]["requestBody"]["content"]["application/json"]["delimiter"]> = [",", ";", "\t", "|"];
export const pathsImportsIdRetryPostRequestBodyContentApplicationJsonUnknownOwnerValues: ReadonlyArray<FlattenedDeepRequired<paths>["/imports/{id}/retry"]["post"]["requestBody"]["content"]["application/json"]["unknownOwner"]> = ["reject", "ignore"];
export const pathsPeopleGetParametersQueryLifecycleStageValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people"]["get"]["parameters"]["query"]["lifecycleStage"]> = ["subscriber", "lead", "qualified", "opportunity", "customer", "evangelist", "churned", "other"];
export const pathsPeoplePostRequestBodyContentApplicationJsonEmailsTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people"]["post"]["requestBody"]["content"]["application/json"]["emails"]["type"]> = ["work", "personal", "other"];
export const pathsPeoplePostRequestBodyContentApplicationJsonPhonesTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people"]["post"]["requestBody"]["content"]["application/json"]["phones"]["type"]> = ["mobile", "work", "home", "fax", "other"];
export const pathsPeoplePostRequestBodyContentApplicationJsonAddressesTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people"]["post"]["requestBody"]["content"]["application/json"]["addresses"]["type"]> = ["work", "home", "billing", "shipping", "other"];
export const pathsPeoplePostRequestBodyContentApplicationJsonLifecycleStageValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people"]["post"]["requestBody"]["content"]["application/json"]["lifecycleStage"]> = ["subscriber", "lead", "qualified", "opportunity", "customer", "evangelist", "churned", "other"];
export const pathsPeopleCountGetParametersQueryLifecycleStageValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/count"]["get"]["parameters"]["query"]["lifecycleStage"]> = ["subscriber", "lead", "qualified", "opportunity", "customer", "evangelist", "churned", "other"];
export const pathsPeopleIdPatchRequestBodyContentApplicationJsonEmailsTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/{id}"]["patch"]["requestBody"]["content"]["application/json"]["emails"]["type"]> = ["work", "personal", "other"];
export const pathsPeopleIdPatchRequestBodyContentApplicationJsonPhonesTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/{id}"]["patch"]["requestBody"]["content"]["application/json"]["phones"]["type"]> = ["mobile", "work", "home", "fax", "other"];
export const pathsPeopleIdPatchRequestBodyContentApplicationJsonAddressesTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/{id}"]["patch"]["requestBody"]["content"]["application/json"]["addresses"]["type"]> = ["work", "home", "billing", "shipping", "other"];
export const pathsPeopleIdPatchRequestBodyContentApplicationJsonLifecycleStageValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/{id}"]["patch"]["requestBody"]["content"]["application/json"]["lifecycleStage"]> = ["subscriber", "lead", "qualified", "opportunity", "customer", "evangelist", "churned", "other"];
export const pathsPeopleIdConsentsPostRequestBodyContentApplicationJsonChannelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/{id}/consents"]["post"]["requestBody"]["content"]["application/json"]["channel"]> = ["email", "sms", "phone", "post", "any"];
export const pathsPeopleIdConsentsPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/{id}/consents"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["granted", "withdrawn"];
export const pathsPeopleIdConsentsPostRequestBodyContentApplicationJsonLawfulBasisValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/{id}/consents"]["post"]["requestBody"]["content"]["application/json"]["lawfulBasis"]> = ["consent", "contract", "legal_obligation", "legitimate_interest"];
export const pathsPeopleIdConsentsPostRequestBodyContentApplicationJsonSourceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/{id}/consents"]["post"]["requestBody"]["content"]["application/json"]["source"]> = ["manual", "form", "mail", "chat", "portal", "import", "api", "unsubscribe_link"];
export const pathsConsentsGetParametersQueryChannelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/consents"]["get"]["parameters"]["query"]["channel"]> = ["email", "sms", "phone", "post", "any"];
export const pathsConsentsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/consents"]["get"]["parameters"]["query"]["status"]> = ["granted", "withdrawn"];
export const pathsCompaniesPostRequestBodyContentApplicationJsonAddressesTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/companies"]["post"]["requestBody"]["content"]["application/json"]["addresses"]["type"]> = ["work", "home", "billing", "shipping", "other"];
export const pathsCompaniesPostRequestBodyContentApplicationJsonSourceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/companies"]["post"]["requestBody"]["content"]["application/json"]["source"]> = ["manual", "import", "api", "form", "partner", "demo", "other"];
export const pathsCompaniesIdPatchRequestBodyContentApplicationJsonAddressesTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/companies/{id}"]["patch"]["requestBody"]["content"]["application/json"]["addresses"]["type"]> = ["work", "home", "billing", "shipping", "other"];
export const pathsCompaniesIdPatchRequestBodyContentApplicationJsonSourceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/companies/{id}"]["patch"]["requestBody"]["content"]["application/json"]["source"]> = ["manual", "import", "api", "form", "partner", "demo", "other"];
export const pathsActivitiesPostRequestBodyContentApplicationJsonTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/activities"]["post"]["requestBody"]["content"]["application/json"]["type"]> = ["email", "call", "meeting", "note", "chat", "ticket", "campaign", "order", "form", "portal", "social", "stage_change", "task", "consent", "other"];
export const pathsActivitiesPostRequestBodyContentApplicationJsonChannelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/activities"]["post"]["requestBody"]["content"]["application/json"]["channel"]> = ["email", "phone", "meeting", "video", "chat", "web", "portal", "social", "sms", "system", "other"];
export const pathsNotificationsGetParametersQueryUnreadValues: ReadonlyArray<FlattenedDeepRequired<paths>["/notifications"]["get"]["parameters"]["query"]["unread"]> = ["true", "false"];
export const pathsPipelinesPostRequestBodyContentApplicationJsonStagesOutcomeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/pipelines"]["post"]["requestBody"]["content"]["application/json"]["stages"]["outcome"]> = ["open", "won", "lost"];
export const pathsDealsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/deals"]["get"]["parameters"]["query"]["status"]> = ["open", "won", "lost"];
export const pathsOrdersPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/orders"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["placed", "paid", "fulfilled", "cancelled", "refunded"];
export const pathsTicketsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tickets"]["get"]["parameters"]["query"]["status"]> = ["new", "open", "pending", "on_hold", "solved", "closed"];
export const pathsTicketsPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tickets"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["new", "open", "pending", "on_hold", "solved", "closed"];
export const pathsTicketsPostRequestBodyContentApplicationJsonPriorityValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tickets"]["post"]["requestBody"]["content"]["application/json"]["priority"]> = ["low", "normal", "high", "urgent"];
export const pathsTicketsPostRequestBodyContentApplicationJsonChannelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tickets"]["post"]["requestBody"]["content"]["application/json"]["channel"]> = ["email", "portal", "chat", "phone", "web", "api"];
export const pathsTicketsIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tickets/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["new", "open", "pending", "on_hold", "solved", "closed"];
export const pathsTicketsIdPatchRequestBodyContentApplicationJsonPriorityValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tickets/{id}"]["patch"]["requestBody"]["content"]["application/json"]["priority"]> = ["low", "normal", "high", "urgent"];
export const pathsTicketsIdPatchRequestBodyContentApplicationJsonChannelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tickets/{id}"]["patch"]["requestBody"]["content"]["application/json"]["channel"]> = ["email", "portal", "chat", "phone", "web", "api"];
export const pathsTasksGetParametersQuerySortValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tasks"]["get"]["parameters"]["query"]["sort"]> = ["dueAt", "-dueAt"];
export const pathsTasksGetParametersQueryAssigneeAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<paths>["/tasks"]["get"]["parameters"]["query"]["assignee"]> = ["me"];
export const pathsTasksGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tasks"]["get"]["parameters"]["query"]["status"]> = ["open", "done"];
export const pathsTasksPostRequestBodyContentApplicationJsonTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tasks"]["post"]["requestBody"]["content"]["application/json"]["type"]> = ["todo", "call", "email", "meeting", "follow_up"];
export const pathsTasksPostRequestBodyContentApplicationJsonPriorityValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tasks"]["post"]["requestBody"]["content"]["application/json"]["priority"]> = ["low", "normal", "high"];
export const pathsTasksPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tasks"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["open", "done"];
export const pathsTasksIdPatchRequestBodyContentApplicationJsonTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tasks/{id}"]["patch"]["requestBody"]["content"]["application/json"]["type"]> = ["todo", "call", "email", "meeting", "follow_up"];
export const pathsTasksIdPatchRequestBodyContentApplicationJsonPriorityValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tasks/{id}"]["patch"]["requestBody"]["content"]["application/json"]["priority"]> = ["low", "normal", "high"];
export const pathsTasksIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/tasks/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["open", "done"];
export const pathsRecentRecordsPostRequestBodyContentApplicationJsonTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/recent-records"]["post"]["requestBody"]["content"]["application/json"]["type"]> = ["person", "company"];
export const pathsPeopleBulkPostRequestBodyContentApplicationJsonActionOneOf0TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/people/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["setOwner"];
export const pathsPeopleBulkPostRequestBodyContentApplicationJsonActionOneOf1TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/people/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["addTags"];
export const pathsPeopleBulkPostRequestBodyContentApplicationJsonActionOneOf2TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/people/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["removeTags"];
export const pathsPeopleBulkPostRequestBodyContentApplicationJsonActionOneOf3TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/people/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["setStage"];
export const pathsPeopleBulkPostRequestBodyContentApplicationJsonActionOneOf3StageValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/people/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    stage: unknown;
}>["stage"]> = ["subscriber", "lead", "qualified", "opportunity", "customer", "evangelist", "churned", "other"];
export const pathsPeopleBulkPostRequestBodyContentApplicationJsonActionOneOf4TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/people/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["setCustomField"];
export const pathsPeopleBulkPostRequestBodyContentApplicationJsonActionOneOf5TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/people/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["delete"];
export const pathsCompaniesBulkPostRequestBodyContentApplicationJsonActionOneOf0TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/companies/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["setOwner"];
export const pathsCompaniesBulkPostRequestBodyContentApplicationJsonActionOneOf1TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/companies/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["addTags"];
export const pathsCompaniesBulkPostRequestBodyContentApplicationJsonActionOneOf2TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/companies/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["removeTags"];
export const pathsCompaniesBulkPostRequestBodyContentApplicationJsonActionOneOf3TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/companies/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["setStage"];
export const pathsCompaniesBulkPostRequestBodyContentApplicationJsonActionOneOf3StageValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/companies/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    stage: unknown;
}>["stage"]> = ["subscriber", "lead", "qualified", "opportunity", "customer", "evangelist", "churned", "other"];
export const pathsCompaniesBulkPostRequestBodyContentApplicationJsonActionOneOf4TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/companies/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["setCustomField"];
export const pathsCompaniesBulkPostRequestBodyContentApplicationJsonActionOneOf5TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/companies/bulk"]["post"]["requestBody"]["content"]["application/json"]["action"], {
    type: unknown;
}>["type"]> = ["delete"];
export const pathsDuplicatesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/duplicates"]["get"]["parameters"]["query"]["status"]> = ["open", "dismissed", "merged"];
export const pathsPeopleIdMergePostRequestBodyContentApplicationJsonChoicesValues: ReadonlyArray<FlattenedDeepRequired<paths>["/people/{id}/merge"]["post"]["requestBody"]["content"]["application/json"]["choices"][string]> = ["survivor", "merged"];
export const pathsCompaniesIdMergePostRequestBodyContentApplicationJsonChoicesValues: ReadonlyArray<FlattenedDeepRequired<paths>["/companies/{id}/merge"]["post"]["requestBody"]["content"]["application/json"]["choices"][string]> = ["survivor", "merged"];
export const meCredentialValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Me"]["credential"]> = ["session", "api_token"];
export const roleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Role"]> = ["admin", "manager", "sales", "support", "marketing", "viewer"];
export const grantReadValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Grant"]["read"]> = ["all", "team", "own", "none"];
export const grantCreateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Grant"]["create"]> = ["all", "team", "own", "none"];
export const grantUpdateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Grant"]["update"]> = ["all", "team", "own", "none"];
export const grantDeleteValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Grant"]["delete"]> = ["all", "team", "own", "none"];
export const userStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["User"]["status"]> = ["active", "deactivated"];
export const apiTokenStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiToken"]["status"]> = ["active", "expired", "revoked"];
export const createdApiTokenStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreatedApiToken"]["status"]> = ["active", "expired", "revoked"];
export const auditEntryActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuditEntry"]["action"]> = ["created", "updated", "deleted"];
export const auditEntryViaValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuditEntry"]["via"]> = ["ui", "api", "cli", "import", "automation", "job", "system"];
export const auditObjectTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuditObjectType"]> = ["activity", "activityPerson", "apiToken", "attachment", "company", "consentEvent", "customField", "deal", "dealPerson", "duplicateCandidate", "employment", "import", "membership", "merge", "order", "orderLine", "person", "pipeline", "pipelineStage", "product", "savedView", "task", "team", "teamMember", "ticket", "user", "workspace"];
export const recordKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordKind"]> = ["people", "companies"];
export const jobStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Job"]["state"]> = ["queued", "running", "succeeded", "dead"];
export const outboxMessageStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OutboxMessage"]["status"]> = ["held", "queued", "sent", "failed"];
export const customFieldObjectTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CustomField"]["objectType"]> = ["people", "companies"];
export const customFieldTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CustomField"]["type"]> = ["text", "longText", "number", "currency", "date", "dateTime", "boolean", "select", "multiSelect", "url", "email", "phone", "relation"];
export const customFieldTargetValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CustomField"]["target"]> = ["people", "companies"];
export const importObjectValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Import"]["object"]> = ["people", "companies"];
export const importFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Import"]["format"]> = ["csv", "vcf"];
export const importStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Import"]["status"]> = ["awaiting_upload", "uploaded", "queued", "processing", "completed", "failed", "cancelled"];
export const importModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Import"]["mode"]> = ["create", "update", "skip"];
export const importUnknownOwnerValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Import"]["unknownOwner"]> = ["reject", "ignore"];
export const importPreviewDelimiterValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ImportPreview"]["delimiter"]> = [",", ";", "\t", "|"];
export const personAddressesTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Person"]["addresses"]["type"]> = ["work", "home", "billing", "shipping", "other"];
export const personLifecycleStageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Person"]["lifecycleStage"]> = ["subscriber", "lead", "qualified", "opportunity", "customer", "evangelist", "churned", "other"];
export const emailTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmailType"]> = ["work", "personal", "other"];
export const phoneTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PhoneType"]> = ["mobile", "work", "home", "fax", "other"];
export const companyAddressesTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Company"]["addresses"]["type"]> = ["work", "home", "billing", "shipping", "other"];
export const listCountAccuracyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ListCount"]["accuracy"]> = ["exact", "estimate", "atLeast"];
export const personSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PersonSource"]> = ["manual", "import", "api", "form", "chat", "mail", "portal", "partner", "demo", "other"];
export const consentStateChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentState"]["channel"]> = ["email", "sms", "phone", "post", "any"];
export const consentStateStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentState"]["status"]> = ["granted", "withdrawn"];
export const consentStateLawfulBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentState"]["lawfulBasis"]> = ["consent", "contract", "legal_obligation", "legitimate_interest"];
export const consentStateSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentState"]["source"]> = ["manual", "form", "mail", "chat", "portal", "import", "api", "unsubscribe_link"];
export const consentEventChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentEvent"]["channel"]> = ["email", "sms", "phone", "post", "any"];
export const consentEventStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentEvent"]["status"]> = ["granted", "withdrawn"];
export const consentEventLawfulBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentEvent"]["lawfulBasis"]> = ["consent", "contract", "legal_obligation", "legitimate_interest"];
export const consentEventSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentEvent"]["source"]> = ["manual", "form", "mail", "chat", "portal", "import", "api", "unsubscribe_link"];
export const consentHolderChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentHolder"]["channel"]> = ["email", "sms", "phone", "post", "any"];
export const consentHolderStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentHolder"]["status"]> = ["granted", "withdrawn"];
export const consentHolderLawfulBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentHolder"]["lawfulBasis"]> = ["consent", "contract", "legal_obligation", "legitimate_interest"];
export const consentHolderSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentHolder"]["source"]> = ["manual", "form", "mail", "chat", "portal", "import", "api", "unsubscribe_link"];
export const dealStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deal"]["status"]> = ["open", "won", "lost"];
export const ticketStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Ticket"]["status"]> = ["new", "open", "pending", "on_hold", "solved", "closed"];
export const ticketPriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Ticket"]["priority"]> = ["low", "normal", "high", "urgent"];
export const ticketChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Ticket"]["channel"]> = ["email", "portal", "chat", "phone", "web", "api"];
export const activityTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Activity"]["type"]> = ["email", "call", "meeting", "note", "chat", "ticket", "campaign", "order", "form", "portal", "social", "stage_change", "task", "consent", "other"];
export const activityChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Activity"]["channel"]> = ["email", "phone", "meeting", "video", "chat", "web", "portal", "social", "sms", "system", "other"];
export const activityActorTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Activity"]["actor"]["type"]> = ["user", "person", "system"];
export const pipelineStagesOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Pipeline"]["stages"]["outcome"]> = ["open", "won", "lost"];
export const taskTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Task"]["type"]> = ["todo", "call", "email", "meeting", "follow_up"];
export const taskPriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Task"]["priority"]> = ["low", "normal", "high"];
export const taskStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Task"]["status"]> = ["open", "done"];
export const recentRecordTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecentRecord"]["type"]> = ["person", "company"];
export const bulkJobStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BulkJob"]["state"]> = ["queued", "running", "succeeded", "dead"];
export const duplicateCandidateStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DuplicateCandidate"]["status"]> = ["open", "dismissed", "merged"];
export const mergePreviewMovesKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MergePreview"]["moves"]["kind"]> = ["activities", "deals", "tickets", "orders", "consents", "tasks", "employments", "people", "subsidiaries"];
