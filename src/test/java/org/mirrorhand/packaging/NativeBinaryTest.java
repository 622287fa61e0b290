package org.mirrorhand.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Headers built by hand, as each toolchain writes them. */
class NativeBinaryTest {

    @Test
    void anElfLibraryIsLinuxOfItsMachine() {
        assertEquals(Set.of("linux-x86_64"), NativeBinary.platforms(elf(62)));
        assertEquals(Set.of("linux-arm64"), NativeBinary.platforms(elf(183)));
    }

    @Test
    void aMachOLibraryIsMacOfItsCpu() {
        assertEquals(Set.of("macosx-x86_64"), NativeBinary.platforms(machO(0x01000007)));
        assertEquals(Set.of("macosx-arm64"), NativeBinary.platforms(machO(0x0100000C)));
    }

    @Test
    void aUniversalMacLibraryCountsForBothMacs() {
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.BIG_ENDIAN);
        b.putInt(0, 0xCAFEBABE).putInt(4, 2).putInt(8, 0x01000007).putInt(28, 0x0100000C);
        assertEquals(Set.of("macosx-x86_64", "macosx-arm64"), NativeBinary.platforms(b.array()));
    }

    @Test
    void aWindowsDllIsWindowsOfItsMachine() {
        assertEquals(Set.of("windows-x86_64"), NativeBinary.platforms(pe(0x8664)));
        assertEquals(Set.of("windows-arm64"), NativeBinary.platforms(pe(0xAA64)));
    }

    @Test
    void textOrAShortFileIsNoPlatform() {
        assertTrue(NativeBinary.platforms("INPUT(libfoo.so.1)\n".repeat(8).getBytes()).isEmpty());
        assertTrue(NativeBinary.platforms(new byte[] {0x7F, 'E', 'L', 'F'}).isEmpty());
    }

    @Test
    void nativeFileNamesAreRecognisedWithVersionSuffixes() {
        assertTrue(NativeBinary.looksNative("org/bytedeco/ffmpeg/linux-x86_64/libavcodec.so.62"));
        assertTrue(NativeBinary.looksNative("glass.dll"));
        assertTrue(NativeBinary.looksNative("libjfxmedia.dylib"));
        assertFalse(NativeBinary.looksNative("org/bytedeco/opencv/opencv_core/Mat.class"));
        assertFalse(NativeBinary.looksNative("META-INF/native-image/linux-x86_64/jnijavacpp/jni-config.json"));
    }

    private static byte[] elf(int machine) {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 0x7F).put(1, (byte) 'E').put(2, (byte) 'L').put(3, (byte) 'F').put(5, (byte) 1);
        b.putShort(18, (short) machine);
        return b.array();
    }

    private static byte[] machO(int cpuType) {
        return ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 0xFEEDFACF).putInt(4, cpuType).array();
    }

    private static byte[] pe(int machine) {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3C, 0x80);
        b.order(ByteOrder.BIG_ENDIAN).putInt(0x80, 0x50450000);
        b.order(ByteOrder.LITTLE_ENDIAN).putShort(0x84, (short) machine);
        return b.array();
    }
}
