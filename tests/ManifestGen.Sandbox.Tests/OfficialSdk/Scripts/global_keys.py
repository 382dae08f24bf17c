"""client.get_data_row_ids_for_global_keys, with a key that exists in another case and one that does not exist."""
import sys

from sdk_session import client, report

report(client().get_data_row_ids_for_global_keys(sys.argv[2:]))
