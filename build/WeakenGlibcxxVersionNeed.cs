// MSBuild inline task (RoslynCodeTaskFactory): sets VER_FLG_WEAK on one Vernaux entry of an
// ELF64 little-endian shared library, so that a missing symbol version is not fatal at load time.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class WeakenGlibcxxVersionNeed : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const byte VerFlagWeak = 0x2;

    [Required]
    public ITaskItem[] Libraries { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string VersionName { get; set; } = "";

    public override bool Execute()
    {
        foreach (ITaskItem item in Libraries)
        {
            string path = item.GetMetadata("FullPath");
            try
            {
                Patch(path);
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException)
            {
                Log.LogError("Could not weaken {0} in '{1}': {2}", VersionName, path, e.Message);
            }
        }
        return !Log.HasLoggedErrors;
    }

    private void Patch(string path)
    {
        byte[] elf = File.ReadAllBytes(path);
        bool isElf64LittleEndian = elf.Length > 64 && elf[0] == 0x7f && elf[1] == (byte)'E'
            && elf[2] == (byte)'L' && elf[3] == (byte)'F' && elf[4] == 2 && elf[5] == 1;
        if (!isElf64LittleEndian)
        {
            Log.LogMessage(MessageImportance.Low, "{0}: not ELF64 little-endian, left alone", path);
            return;
        }

        long sectionTable = (long)Read(elf, 0x28, 8);
        int sectionSize = (int)Read(elf, 0x3A, 2);
        int sectionCount = (int)Read(elf, 0x3C, 2);

        int changed = 0;
        for (int s = 0; s < sectionCount; s++)
        {
            int header = checked((int)(sectionTable + (long)s * sectionSize));
            if (Read(elf, header + 4, 4) != ShtGnuVerneed)
            {
                continue;
            }

            int offset = checked((int)Read(elf, header + 0x18, 8));
            int link = (int)Read(elf, header + 0x28, 4);
            int needCount = (int)Read(elf, header + 0x2C, 4);
            int strings = checked((int)(sectionTable + (long)link * sectionSize));
            int stringTable = checked((int)Read(elf, strings + 0x18, 8));
            changed += WeakenInVerneed(elf, offset, needCount, stringTable);
        }

        if (changed == 0)
        {
            Log.LogMessage(MessageImportance.Low, "{0}: nothing to weaken", path);
            return;
        }

        // Write beside the original, then rename, so an interrupted build never leaves half a file.
        string temporary = path + ".weaken.tmp";
        File.WriteAllBytes(temporary, elf);
        if (File.Exists(path))
        {
            File.Replace(temporary, path, null);
        }
        Log.LogMessage(MessageImportance.Normal, "{0}: marked {1} as weak", path, VersionName);
    }

    // Walks the Verneed list (vn_cnt, vn_aux, vn_next) and its Vernaux entries (vna_flags at +4,
    // vna_name at +8, vna_next at +12); returns how many entries it changed.
    private int WeakenInVerneed(byte[] elf, int offset, int needCount, int stringTable)
    {
        int changed = 0;
        int need = offset;
        for (int n = 0; n < needCount; n++)
        {
            int auxCount = (int)Read(elf, need + 2, 2);
            int aux = need + (int)Read(elf, need + 8, 4);
            for (int a = 0; a < auxCount; a++)
            {
                int name = (int)Read(elf, aux + 8, 4);
                if (ReadString(elf, stringTable + name) == VersionName)
                {
                    ulong flags = Read(elf, aux + 4, 2);
                    if ((flags & VerFlagWeak) == 0)
                    {
                        elf[aux + 4] = (byte)(elf[aux + 4] | VerFlagWeak);
                        changed++;
                    }
                }
                aux += (int)Read(elf, aux + 12, 4);
            }
            need += (int)Read(elf, need + 12, 4);
        }
        return changed;
    }

    // Little-endian unsigned integer of 'size' bytes at 'offset' (the task runs on netstandard).
    private static ulong Read(byte[] elf, int offset, int size)
    {
        if (offset < 0 || offset + size > elf.Length)
        {
            throw new InvalidDataException("offset " + offset + " lies outside the file");
        }
        ulong value = 0;
        for (int i = size - 1; i >= 0; i--)
        {
            value = (value << 8) | elf[offset + i];
        }
        return value;
    }

    private static string ReadString(byte[] elf, int start)
    {
        int end = Array.IndexOf(elf, (byte)0, start);
        if (end < 0)
        {
            throw new InvalidDataException("unterminated string in .dynstr");
        }
        return Encoding.ASCII.GetString(elf, start, end - start);
    }
}
