"""get_datasets(where=...), get_dataset, dataset.delete(), and what a deleted dataset's rows become."""
import sys

from labelbox import Dataset
from lbox.exceptions import ResourceNotFoundError
from sdk_session import client, report

c = client()
name, row_id, global_key = sys.argv[2], sys.argv[3], sys.argv[4]


def missing(get):
    try:
        get()
        return False
    except ResourceNotFoundError:
        return True


found = list(c.get_datasets(where=Dataset.name == name))
dataset = c.get_dataset(found[0].uid)
before = {"found": [d.uid for d in found], "name": dataset.name, "row_count": dataset.row_count}
dataset.delete()
again = c.create_dataset(name=name + "-again")
task = again.create_data_rows([{"row_data": "https://example.com/again.jpg", "global_key": global_key}])
task.wait_till_done(timeout_seconds=30)
report({
    "before": before,
    "dataset_gone": missing(lambda: c.get_dataset(dataset.uid)),
    "found_after": [d.uid for d in c.get_datasets(where=Dataset.name == name)],
    "newer_others": [d.name for d in c.get_datasets(where=(Dataset.created_at >= dataset.created_at) & (Dataset.name != name))],
    "row_gone": missing(lambda: c.get_data_row(row_id)),
    "reimport": {"status": task.status, "errors": task.errors, "result": task.result},
    "key_now": c.get_data_row_by_global_key(global_key).dataset().uid,
    "again": again.uid,
})
