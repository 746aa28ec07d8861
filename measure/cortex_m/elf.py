"""The little of ELF the Cortex-M scripts read: sections and symbols of 32- and 64-bit
little-endian objects and images (python3 stdlib, no binutils needed)."""
import struct

SHT_SYMTAB = 2
SHT_NOBITS = 8
SHF_ALLOC = 0x2
# Unwind tables: measured apart from code (../shared/reference/bytes.md, measuring conventions).
UNWIND = (".eh_frame", ".eh_frame_hdr", ".ARM.exidx", ".ARM.extab", ".gcc_except_table")


class Section:
    def __init__(self, name, type_, flags, addr, offset, size, link, data):
        self.name, self.type, self.flags, self.addr = name, type_, flags, addr
        self.offset, self.size, self.link, self.data = offset, size, link, data

    def is_unwind(self):
        return any(self.name == u or self.name.startswith(u + ".") for u in UNWIND)


class Elf:
    """Raises ValueError for a file that is not a well-formed little-endian ELF file."""

    def __init__(self, path):
        with open(path, "rb") as f:
            raw = f.read()
        if raw[:4] != b"\x7fELF" or len(raw) < 6 or raw[5] != 1:
            raise ValueError("%s: not a little-endian ELF file" % path)
        self.path = path
        try:
            self._parse(raw)
        except (struct.error, IndexError, ValueError, UnicodeError):
            raise ValueError("%s: truncated or malformed ELF file" % path) from None

    def _parse(self, raw):
        self.is64 = raw[4] == 2
        if self.is64:
            shoff, = struct.unpack_from("<Q", raw, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from("<HHH", raw, 0x3A)
        else:
            shoff, = struct.unpack_from("<I", raw, 0x20)
            shentsize, shnum, shstrndx = struct.unpack_from("<HHH", raw, 0x2E)
        heads = []
        for i in range(shnum):
            at = shoff + i * shentsize
            if self.is64:
                name, type_, flags, addr, off, size, link = struct.unpack_from("<IIQQQQI", raw, at)
            else:
                name, type_, flags, addr, off, size, link = struct.unpack_from("<IIIIIII", raw, at)
            heads.append((name, type_, flags, addr, off, size, link))
        strtab = heads[shstrndx]
        self.sections = []
        for name, type_, flags, addr, off, size, link in heads:
            data = b"" if type_ == SHT_NOBITS else raw[off:off + size]
            self.sections.append(Section(_cstr(raw, strtab[4] + name), type_, flags, addr, off,
                                         size, link, data))

    def symbols(self):
        """(name, value, size, section index, binding) of every symbol."""
        try:
            return self._symbols()
        except (struct.error, IndexError, ValueError):
            raise ValueError("%s: malformed symbol table" % self.path) from None

    def _symbols(self):
        out = []
        for sec in self.sections:
            if sec.type != SHT_SYMTAB:
                continue
            names = self.sections[sec.link].data
            entsize = 24 if self.is64 else 16
            for at in range(entsize, len(sec.data), entsize):
                if self.is64:
                    name, info, _, shndx, value, size = struct.unpack_from("<IBBHQQ", sec.data, at)
                else:
                    name, value, size, info, _, shndx = struct.unpack_from("<IIIBBH", sec.data, at)
                out.append((_cstr(names, name), value, size, shndx, info >> 4))
        return out

    def flash_bytes(self):
        """(code+read-only+initialised data, unwind tables): allocated sections with contents."""
        code = unwind = 0
        for sec in self.sections:
            if not sec.flags & SHF_ALLOC or sec.type == SHT_NOBITS:
                continue
            if sec.is_unwind():
                unwind += sec.size
            else:
                code += sec.size
        return code, unwind


def _cstr(raw, at):
    return raw[at:raw.index(b"\0", at)].decode("utf-8", "replace")
