"""DataRow.bulk_delete of some of a dataset's rows, and what the dataset and the SDK's reads see after."""
import sys

from labelbox import DataRow
from lbox.exceptions import ResourceNotFoundError
from sdk_session import client, report

c = client()
dataset_id, ids = sys.argv[2], sys.argv[3:]


def missing(row_id):
    try:
        c.get_data_row(row_id)
        return False
    except ResourceNotFoundError:
        return True


DataRow.bulk_delete([c.get_data_row(i) for i in ids])
report({
    "gone": [missing(i) for i in ids],
    "left": [r.global_key for r in c.get_dataset(dataset_id).data_rows()],
})
