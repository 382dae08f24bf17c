"""dataset.upsert_data_rows: update by GlobalKey and by UniqueId, create without a key, fail on an unknown id."""
import sys

from labelbox import GlobalKey, UniqueId
from sdk_session import client, report

c = client()
dataset = c.get_dataset(sys.argv[2])
by_key_id, by_id = sys.argv[3], sys.argv[4]
task = dataset.upsert_data_rows([
    {"key": GlobalKey("fix-1"), "external_id": "fixed", "row_data": "https://example.com/fixed.jpg",
     "metadata_fields": [{"name": "tag", "value": "fixed tag"}],
     "attachments": [{"type": "TEXT_URL", "value": "https://example.com/fixed.txt", "name": "fixed"}]},
    {"key": UniqueId(by_id), "external_id": "by-id", "global_key": "fix-2-renamed",
     "metadata": [{"name": "split", "value": "train"}],
     "attachments": [{"type": "RAW_TEXT", "value": "by id"}]},
    {"key": UniqueId("c" + "0" * 24), "external_id": "nobody"},
    {"row_data": "https://example.com/fresh.jpg", "external_id": "fresh"},
])
task.wait_till_done(timeout_seconds=30)


def row(uid):
    r = c.get_data_row(uid)
    return {"global_key": r.global_key, "external_id": r.external_id, "row_data": r.row_data,
            "metadata_fields": r.metadata_fields,
            "attachments": [{"type": a.attachment_type, "value": a.attachment_value, "name": a.attachment_name}
                            for a in r.attachments()]}


report({
    "status": task.status,
    "failed": task.failed_data_rows,
    "created": task.created_data_rows,
    "by_key": row(by_key_id),
    "by_id": row(by_id),
    "row_count": c.get_dataset(dataset.uid).row_count,
})
