package org.convscope.data;

import java.lang.management.ManagementFactory;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded damage to a file's bytes for the fuzz tests: bit flips, runs of random bytes,
 * truncation, and header fields replaced by extreme numbers. The same seed gives the same cases,
 * so a failing case repeats; its name says what was done ("field width@16=0x80000000").
 */
public final class Mutator {
    /** A number in the file's header: where, how wide (1, 2 or 4 bytes), which byte order. */
    public record Field(String name, int offset, int width, ByteOrder order) {
    }

    /** One damaged file and what was done to make it. */
    public record Case(String name, byte[] bytes) {
    }

    /** Values a damaged or hostile header carries: zero, one, the largest, "negative" ones, limits +-1. */
    private static final long[] EXTREMES = {0, 1, 2, 3, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 4000, 4001, 30000,
        0x10000, 0x7FFFFFFFL, 0x80000000L, 0xFFFFFFFFL, 0xFFFFFFFEL, 1L << 24};

    private final SplittableRandom random;

    public Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} cases of every kind except fields, mixed; truncations at the given places and at random. */
    public List<Case> mixed(byte[] original, int count, int... cutPlaces) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(switch (i % 4) {
                case 0 -> flips(original);
                case 1 -> run(original);
                case 2 -> truncated(original, cutPlaces);
                default -> flips(run(original).bytes());
            });
        }
        return cases;
    }

    /** Each field set to each extreme value, and to {@code randomPerField} random values. */
    public List<Case> fields(byte[] original, List<Field> fields, int randomPerField) {
        List<Case> cases = new ArrayList<>();
        for (Field field : fields) {
            long mask = field.width() == 4 ? 0xFFFFFFFFL : (1L << (8 * field.width())) - 1;
            List<Long> values = new ArrayList<>();
            for (long v : EXTREMES) {
                if ((v & mask) == v && !values.contains(v)) {
                    values.add(v);
                }
            }
            for (int i = 0; i < randomPerField; i++) {
                values.add(random.nextLong() & mask);
            }
            for (long value : values) {
                cases.add(new Case(String.format("field %s@%d=0x%x", field.name(), field.offset(), value),
                        set(original, field, value)));
            }
        }
        return cases;
    }

    /** 1 to 8 random bits flipped. */
    public Case flips(byte[] original) {
        byte[] b = original.clone();
        int n = 1 + random.nextInt(8);
        StringBuilder name = new StringBuilder("flip");
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(b.length);
            int bit = random.nextInt(8);
            b[at] ^= (byte) (1 << bit);
            name.append(' ').append(at).append('.').append(bit);
        }
        return new Case(name.toString(), b);
    }

    /** A run of 1 to 64 random bytes written over the file somewhere (at the start half the time). */
    public Case run(byte[] original) {
        byte[] b = original.clone();
        int length = 1 + random.nextInt(64);
        int at = random.nextBoolean() ? random.nextInt(Math.min(b.length, 64)) : random.nextInt(b.length);
        for (int i = at; i < Math.min(b.length, at + length); i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return new Case("run " + at + "+" + length, b);
    }

    /** Cut at one of {@code places} (header ends, part boundaries), one byte either side, or anywhere. */
    public Case truncated(byte[] original, int... places) {
        int at;
        if (places.length > 0 && random.nextBoolean()) {
            at = places[random.nextInt(places.length)] + random.nextInt(3) - 1;
        } else {
            at = random.nextInt(original.length);
        }
        at = Math.max(0, Math.min(original.length - 1, at));
        return new Case("cut at " + at, Arrays.copyOf(original, at));
    }

    /** A copy of {@code original} with {@code field} set to {@code value}. */
    public static byte[] set(byte[] original, Field field, long value) {
        byte[] b = original.clone();
        for (int i = 0; i < field.width(); i++) {
            int shift = field.order() == ByteOrder.BIG_ENDIAN ? 8 * (field.width() - 1 - i) : 8 * i;
            b[field.offset() + i] = (byte) (value >>> shift);
        }
        return b;
    }

    /** Bytes this thread has allocated so far (HotSpot), to bound what one case may take. */
    public static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
