#!/usr/bin/env bash
# Sets up a PolicyLens team workspace on a PostgreSQL server (15 or newer, with pg_trgm from
# postgresql-contrib): the database (UTF-8), the schema, the roles <db>_reader, <db>_editor and
# <db>_owner with their rights and row-level security, and one login per officer.
#
# Run it as a PostgreSQL superuser, on the server or on any machine with psql and policylens-cli:
#
#   sudo -u postgres packaging/server/setup-team-workspace.sh --database policy_office \
#        --owner zhang --editor wang --editor li --reader zhao
#
# Options:
#   --database NAME     the team workspace's database (created when missing)
#   --owner/--editor/--reader USER
#                       an officer and their role (repeatable); a new login gets a random password,
#                       printed once at the end; an existing one keeps its password
#   --host H --port P   where the server listens (default: the local socket folder, 5432)
#   --admin USER        the superuser to connect as (default: the current user)
#   --locale L          the database's locale (default C.UTF-8; pg_trgm needs a UTF-8 locale to see
#                       Chinese characters as letters)
#   --cli PATH          policylens-cli (default: the one on PATH)
#   --upgrade-backup F  when the workspace exists with an older schema: back it up to F (pg_dump) and
#                       upgrade it
# Running it again is safe: it adds officers and changes roles, and creates nothing twice.
set -euo pipefail

database="" host="" port=5432 admin="$(id -un)" locale="C.UTF-8" cli="policylens-cli" backup=""
users=()
while [ $# -gt 0 ]; do
    case "$1" in
        --database) database="$2"; shift 2 ;;
        --owner|--editor|--reader) users+=("${1#--}:$2"); shift 2 ;;
        --host) host="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --admin) admin="$2"; shift 2 ;;
        --locale) locale="$2"; shift 2 ;;
        --cli) cli="$2"; shift 2 ;;
        --upgrade-backup) backup="$2"; shift 2 ;;
        -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
        *) echo "setup-team-workspace: unknown option $1" >&2; exit 2 ;;
    esac
done
if [ -z "$database" ]; then
    echo "setup-team-workspace: --database is required" >&2
    exit 2
fi
if ! [[ "$database" =~ ^[a-z][a-z0-9_]*$ ]]; then
    echo "setup-team-workspace: the database name must be lower-case letters, digits and _" >&2
    exit 2
fi
if [ -z "$host" ]; then
    for d in /var/run/postgresql /run/postgresql /tmp; do
        if [ -S "$d/.s.PGSQL.$port" ]; then host="$d"; break; fi
    done
    host="${host:-localhost}"
fi

psql_admin() {
    psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$admin" "$@"
}

# The workspace's address for policylens-cli (a socket folder goes in the query).
url="postgresql://$admin@"
case "$host" in
    /*) url="postgresql:///$database?host=$host&port=$port&user=$admin" ;;
    *) url="postgresql://$admin@$host:$port/$database" ;;
esac

# 1. The database, UTF-8, with a locale in which pg_trgm indexes Chinese text.
exists=$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")
if [ "$exists" != "1" ]; then
    psql_admin -d postgres -c "CREATE DATABASE \"$database\" ENCODING 'UTF8' LC_COLLATE '$locale' LC_CTYPE '$locale' TEMPLATE template0"
    echo "setup-team-workspace: created the database $database"
fi

# 2. The schema, roles, rights, row-level security and triggers (an older schema is upgraded after a
#    backup).
if [ -n "$backup" ]; then
    "$cli" server upgrade --workspace "$url" --backup "$backup"
else
    "$cli" server setup --workspace "$url"
fi

# 3. The officers.
created=()
for entry in "${users[@]}"; do
    role="${entry%%:*}" user="${entry#*:}"
    known=$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$user'")
    if [ "$known" = "1" ]; then
        "$cli" server grant --workspace "$url" --user "$user" --role "$role"
    else
        password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)
        PLENS_NEW_PASSWORD="$password" "$cli" server grant --workspace "$url" --user "$user" --role "$role" \
            --password-env PLENS_NEW_PASSWORD
        created+=("$user ($role): $password")
    fi
done

echo "setup-team-workspace: $database is ready (schema $("$cli" server version --workspace "$url"))"
if [ ${#created[@]} -gt 0 ]; then
    echo "New logins (give each officer theirs; they can change it with ALTER ROLE ... PASSWORD):"
    printf '  %s\n' "${created[@]}"
fi
echo "Officers open it with File > Open Team Workspace (host, port $port, database $database) or"
echo "policylens-cli ... --workspace postgresql://USER@SERVER:$port/$database"
