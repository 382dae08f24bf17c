"""What every script shares: a client of the official SDK on the sandbox's endpoint (argv[1]), and the report."""
import json
import sys

from labelbox import Client


def client():
    # The only change a user makes to point the SDK at the sandbox: the endpoint.
    return Client(api_key="sandbox", endpoint=sys.argv[1])


def report(value):
    """Prints what the SDK returned as the last line of stdout, for the test to assert on."""
    print(json.dumps(value, default=str))
