"""Every code the `dibao` command (backup and restore) and the whole-system app (its file relay) answer with beside
the common ones (kernel.error_codes)."""

from kernel.error_codes import ErrorCode


class DibaoErrorCode(ErrorCode):
    """The command's and the system app's own refusals; the README's error table lists each with its meaning."""

    BACKUP_DATABASE_UNKNOWN = "BACKUP_DATABASE_UNKNOWN", "a database to restore is not in the backup or not configured"
    BACKUP_DIALECT_MISMATCH = (
        "BACKUP_DIALECT_MISMATCH",
        "a dump comes from another database kind (PostgreSQL or SQLite) than the one configured",
    )
    BACKUP_DIRECTORY_NOT_EMPTY = "BACKUP_DIRECTORY_NOT_EMPTY", "a backup goes into a new or empty directory"
    BACKUP_FILE_CORRUPT = (
        "BACKUP_FILE_CORRUPT",
        "a dump file is missing or differs from the manifest's SHA-256; nothing was restored",
    )
    BACKUP_FORMAT_UNKNOWN = "BACKUP_FORMAT_UNKNOWN", "the backup's manifest is of a format this release does not read"
    BACKUP_MANIFEST_MISSING = "BACKUP_MANIFEST_MISSING", "the directory holds no manifest.json: it is not a backup"
    BACKUP_REFUSED = "BACKUP_REFUSED", "a backup or restore was refused for a reason its message gives"
    BACKUP_TOOL_FAILED = "BACKUP_TOOL_FAILED", "pg_dump or pg_restore failed; the message quotes its error"
    BACKUP_TOOL_MISSING = "BACKUP_TOOL_MISSING", "the PostgreSQL client tools (pg_dump, pg_restore) are not installed"
    FILE_NOT_FOUND = "FILE_NOT_FOUND", "no file route of any service has that address"
