using System.Text.Json.Serialization;

namespace ManifestGen.Journal;

/// <summary>A chunk file of a task's rows is uploaded.</summary>
/// <param name="Task">The task's number in this import.</param>
/// <param name="Index">The chunk's number in this import.</param>
/// <param name="FirstRow">The input index of its first row.</param>
/// <param name="EndRow">One past the input index of its last row.</param>
/// <param name="Rows">The rows it holds.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Url">Where it was stored.</param>
internal sealed record ChunkUploaded(int Task, [property: JsonPropertyName("chunk")] int Index, long FirstRow, long EndRow, long Rows, long Bytes, string Url) : JournalRecord;
