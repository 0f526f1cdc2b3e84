using System.Text.Json;
using System.Text.Json.Serialization;

namespace Customs.BuildingBlocks.ReferenceData;

/// <summary>
/// The shape of an effective-dated reference data file: each value with its period and its legal reference
/// (<c>{"from": "2019-01-01", "until": null, "value": ..., "reference": {"act": ..., "article": ..., "published": ...}}</c>).
/// </summary>
public static class ReferenceFile
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>A file embedded in <paramref name="assembly"/> whose name ends with <paramref name="fileName"/>.</summary>
    public static TFile Read<TFile>(System.Reflection.Assembly assembly, string fileName)
    {
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new ReferenceDataException($"The reference data file {fileName} is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<TFile>(stream, Json) ?? throw new ReferenceDataException($"{fileName} is empty.");
    }

    /// <summary>A file of the same shape on disk (an operator's later values), or null when there is none.</summary>
    public static TFile? ReadOptional<TFile>(string? directory, string fileName) where TFile : class
    {
        if (directory is null || !File.Exists(Path.Combine(directory, fileName)))
        {
            return null;
        }

        using var stream = File.OpenRead(Path.Combine(directory, fileName));
        try
        {
            return JsonSerializer.Deserialize<TFile>(stream, Json) ?? throw new ReferenceDataException($"{Path.Combine(directory, fileName)} is empty.");
        }
        catch (JsonException e)
        {
            throw new ReferenceDataException($"{Path.Combine(directory, fileName)}: {e.Message}");
        }
    }

    public static EffectiveSchedule<T> Schedule<T>(string name, IEnumerable<Entry<T>> entries) =>
        new(name, entries.Select(e => new EffectiveValue<T>(e.From, e.Until, e.Value, e.Reference)));

    /// <summary>One value of a parameter as written in a file.</summary>
    public sealed record Entry<T>(DateOnly From, DateOnly? Until, T Value, LegalReference Reference);
}
