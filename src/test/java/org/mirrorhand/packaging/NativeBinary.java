package org.mirrorhand.packaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which platforms a native library was built for, read from its header (ELF, Mach-O, universal Mach-O or Windows PE),
 * named as JavaCPP names them. The file name proves nothing: a .dylib for Intel and one for Apple silicon look alike.
 */
final class NativeBinary {

    private static final int ELF_X86_64 = 62;
    private static final int ELF_AARCH64 = 183;
    private static final int MACHO_X86_64 = 0x01000007;
    private static final int MACHO_ARM64 = 0x0100000C;
    private static final int PE_AMD64 = 0x8664;
    private static final int PE_ARM64 = 0xAA64;

    private NativeBinary() {
    }

    /** True for a file name a native library has on Linux, macOS or Windows (libavcodec.so.61 included). */
    static boolean looksNative(String entryName) {
        String name = entryName.substring(entryName.lastIndexOf('/') + 1);
        return name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib")
                || name.matches(".+\\.so(\\.\\d+)*");
    }

    /** The platforms the header says; empty when it is no binary this check knows. */
    static Set<String> platforms(byte[] head) {
        Set<String> out = new LinkedHashSet<>();
        if (head.length < 64) {
            return out;
        }
        ByteBuffer le = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer be = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN);
        if (head[0] == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            int machine = (head[5] == 2 ? be : le).getShort(18) & 0xFFFF;
            add(out, machine == ELF_X86_64, "linux-x86_64");
            add(out, machine == ELF_AARCH64, "linux-arm64");
        } else if (le.getInt(0) == 0xFEEDFACF) {
            addMac(out, le.getInt(4));
        } else if (be.getInt(0) == 0xCAFEBABE) {
            int count = be.getInt(4);
            for (int i = 0; i < count && 8 + 20 * i + 4 <= head.length; i++) {
                addMac(out, be.getInt(8 + 20 * i));
            }
        } else if (head[0] == 'M' && head[1] == 'Z') {
            int pe = le.getInt(0x3C);
            if (pe > 0 && pe + 6 <= head.length && be.getInt(pe) == 0x50450000) {
                int machine = le.getShort(pe + 4) & 0xFFFF;
                add(out, machine == PE_AMD64, "windows-x86_64");
                add(out, machine == PE_ARM64, "windows-arm64");
            }
        }
        return out;
    }

    private static void addMac(Set<String> out, int cpuType) {
        add(out, cpuType == MACHO_X86_64, "macosx-x86_64");
        add(out, cpuType == MACHO_ARM64, "macosx-arm64");
    }

    private static void add(Set<String> out, boolean condition, String platform) {
        if (condition) {
            out.add(platform);
        }
    }
}
