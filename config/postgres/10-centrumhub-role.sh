#!/bin/sh
# Run once by the postgres image on a new cluster (docker-entrypoint-initdb.d): the hub's own role, which is no
# superuser and owns only its schema. Its password comes from .env (CENTRUMHUB_DB_PASSWORD), never from this file.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v password="$CENTRUMHUB_DB_PASSWORD" <<'SQL'
SET password_encryption = 'scram-sha-256';
CREATE ROLE centrumhub LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA centrumhub AUTHORIZATION centrumhub;
ALTER ROLE centrumhub SET search_path = centrumhub;
SQL
