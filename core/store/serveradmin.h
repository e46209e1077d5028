#pragma once
// Setting up and looking after a team workspace on a PostgreSQL server (what IT does; the script
// packaging/server/setup-team-workspace.sh and `policylens-cli server` call these). `admin` connects
// as the database's owner or a superuser.

#include "model/result.h"
#include "store/serveraddress.h"
#include "store/workspace.h"

namespace plens::serveradmin {

// Creates the schema in an empty database or upgrades an older one step by step (each step in its
// own transaction), then (re)creates the group roles <prefix>_reader/_editor/_owner, their rights,
// row-level security and the triggers. An upgrade needs a backup first (backup()). The prefix
// defaults to the database's name; once set it is kept.
Status setup(const ServerAddress &admin, const QString &rolePrefix = {}, int toVersion = Workspace::schemaVersion());
// The schema version of the workspace in that database (0: none yet).
Result<int> schemaVersion(const ServerAddress &admin);
// A backup of the whole database with pg_dump (custom format; pg_restore puts it back).
Status backup(const ServerAddress &admin, const QString &file);
// Makes `user` a reader, editor or owner of the workspace; the login role is created when it does
// not exist (with `password`), and its password changed when one is given.
Status grant(const ServerAddress &admin, const QString &user, WorkspaceRole role, const QString &password = {});

} // namespace plens::serveradmin
