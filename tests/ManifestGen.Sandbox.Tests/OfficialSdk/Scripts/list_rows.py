"""dataset.data_rows(): every page of the SDK's cursor paging, then from a row id on (argv[4]), then filtered
by an external id (argv[3]): == and !=."""
import sys

from labelbox import DataRow
from sdk_session import client, report

dataset = client().get_dataset(sys.argv[2])
rows = list(dataset.data_rows())
report({
    "ids": [r.uid for r in rows],
    "global_keys": [r.global_key for r in rows],
    "from_row": [r.uid for r in dataset.data_rows(from_cursor=sys.argv[4])],
    "filtered": [r.global_key for r in dataset.data_rows(where=DataRow.external_id == sys.argv[3])],
    "others": sum(1 for _ in dataset.data_rows(where=DataRow.external_id != sys.argv[3])),
})
