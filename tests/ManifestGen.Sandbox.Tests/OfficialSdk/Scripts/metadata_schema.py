"""The metadata ontology changed as a user changes it with DataRowMetadataOntology: argv[2] is "change" (create a
field of every kind, rename an option, add one, rename a field, delete one, and the calls the service refuses) or
"read" (the custom fields only, as after a restart)."""
import sys

from labelbox.schema.data_row_metadata import (
    DataRowMetadataKind,
    _UpsertCustomMetadataSchemaEnumOptionInput,
    _UpsertCustomMetadataSchemaInput,
)
from sdk_session import client, report


def describe(schema):
    return {"id": schema.uid, "name": schema.name, "kind": schema.kind.value,
            "options": [{"id": o.uid, "name": o.name, "kind": o.kind.value} for o in (schema.options or [])]}


def custom(mdo):
    return [describe(f) for f in mdo.custom_fields]


def refused(call):
    try:
        call()
    except Exception as e:  # the SDK raises its own error types; the test asserts the message
        return str(e)
    return None


mdo = client().get_data_row_metadata_ontology()
if sys.argv[2] == "read":
    report({"custom": custom(mdo)})
    sys.exit(0)

created = {
    "string": describe(mdo.create_schema("notes", DataRowMetadataKind.string)),
    "number": describe(mdo.create_schema("score", DataRowMetadataKind.number)),
    "datetime": describe(mdo.create_schema("shot_at", DataRowMetadataKind.datetime)),
    "enum": describe(mdo.create_schema("weather", DataRowMetadataKind.enum, ["sunny", "rainy"])),
    "to_delete": describe(mdo.create_schema("scratch", DataRowMetadataKind.string)),
}
renamed_option = describe(mdo.update_enum_option("weather", "rainy", "wet"))

# Adding an option: the SDK has no method for it, but its upsert takes the field with its options, a new one without id.
weather = mdo.get_by_name("weather")
added = mdo._upsert_schema(_UpsertCustomMetadataSchemaInput(
    id=mdo.custom_by_name_normalized["weather"].uid, name="weather", kind=DataRowMetadataKind.enum.value,
    options=[_UpsertCustomMetadataSchemaEnumOptionInput(id=o.uid, name=o.name, kind=DataRowMetadataKind.option.value)
             for o in weather.values()]
    + [_UpsertCustomMetadataSchemaEnumOptionInput(name="snowy", kind=DataRowMetadataKind.option.value)]))
renamed_field = describe(mdo.update_schema("score", "quality"))
deleted = mdo.delete_schema("scratch")

report({
    "created": created,
    "renamed_option": renamed_option,
    "added_option": describe(added),
    "renamed_field": renamed_field,
    "deleted": deleted,
    "custom": custom(mdo),
    "reserved": sorted(f.name for f in mdo.reserved_fields),
    "errors": {
        "same_name": refused(lambda: mdo.create_schema("notes", DataRowMetadataKind.number)),
        "reserved_name": refused(lambda: mdo.create_schema("tag", DataRowMetadataKind.string)),
        "embedding": refused(lambda: mdo.create_schema("vector", DataRowMetadataKind.embedding)),
        "options_on_string": refused(lambda: mdo._upsert_schema(_UpsertCustomMetadataSchemaInput(
            name="odd", kind=DataRowMetadataKind.string.value,
            options=[_UpsertCustomMetadataSchemaEnumOptionInput(name="x", kind=DataRowMetadataKind.option.value)]))),
        "kind_change": refused(lambda: mdo._upsert_schema(_UpsertCustomMetadataSchemaInput(
            id=mdo.custom_by_name_normalized["notes"].uid, name="notes", kind=DataRowMetadataKind.number.value))),
    },
})
