"""One row read back by id and by global key, with its attachments and metadata."""
import sys

from sdk_session import client, report

c = client()
row = c.get_data_row(sys.argv[2])
by_key = c.get_data_row_by_global_key(sys.argv[3])
report({
    "id": row.uid,
    "global_key": row.global_key,
    "external_id": row.external_id,
    "row_data": row.row_data,
    "dataset": row.dataset().uid,
    "by_key": {"id": by_key.uid, "global_key": by_key.global_key},
    "attachments": [{"id": a.uid, "type": a.attachment_type, "value": a.attachment_value, "name": a.attachment_name}
                    for a in row.attachments()],
    "metadata_fields": row.metadata_fields,
    "metadata": [{"schema_id": m.schema_id, "name": m.name, "value": m.value} for m in row.metadata],
})
