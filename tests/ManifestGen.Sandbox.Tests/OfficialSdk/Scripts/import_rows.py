"""The import path: create_dataset, create_data_rows with dicts and a local file, wait_till_done, errors, result.
argv[2] is a global key some row already has."""
import os
import shutil
import sys
import tempfile

from sdk_session import client, report

c = client()
dataset = c.create_dataset(name="sdk-import")
folder = tempfile.mkdtemp()
try:
    path = os.path.join(folder, "local.jpg")
    with open(path, "wb") as f:
        f.write(b"\xff\xd8\xff\xe0 not really a jpeg")
    task = dataset.create_data_rows([
        {"row_data": "https://example.com/a.jpg", "global_key": "imp-a", "external_id": "a", "media_type": "IMAGE",
         "attachments": [{"type": "RAW_TEXT", "value": "note", "name": "n"}],
         "metadata_fields": [{"name": "tag", "value": "t"}, {"name": "split", "value": "train"}]},
        {"row_data": "https://example.com/b.jpg", "global_key": sys.argv[2]},
        {"row_data": "http://example.com/c.jpg", "global_key": "imp-c"},
        path,
    ])
    task.wait_till_done(timeout_seconds=30)
    report({
        "dataset": dataset.uid,
        "path": path,
        "status": task.status,
        "errors": task.errors,
        "result": task.result,
        "failed": task.failed_data_rows,
        "created": task.created_data_rows,
        "row_count": c.get_dataset(dataset.uid).row_count,
    })
finally:
    shutil.rmtree(folder)
