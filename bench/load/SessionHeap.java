package bench.load;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * What the open HTTP sessions keep, from a heap dump ({@code jcmd <pid> GC.heap_dump FILE} while the
 * load client holds its sessions idle): the objects reachable only through Tomcat's sessions (the
 * heap reachable from the GC roots without entering a {@code StandardSession}, subtracted from the
 * heap reachable with them), per session by class, the owner chains of their strings, each session's
 * total with the portal views it holds, and for the first session holding each of {@code DETAIL_VIEWS}
 * (default LeadInboxView) its classes and owners.
 * Not a dominator tree (an object shared by two sessions counts once, for the session that reached
 * it first) but enough to find what a page keeps. Run with -Xmx8g for a 130 MB dump (26 s):
 * <pre>java -Xmx8g -cp target/load-classes bench.load.SessionHeap dump.hprof</pre>
 */
public class SessionHeap {
    static int idSize;
    static Map<Long, String> strings = new HashMap<>();
    static Map<Long, Long> classNameId = new HashMap<>();
    static Map<Long, long[]> classSuper = new HashMap<>();       // classId -> {superId}
    static Map<Long, byte[]> classFieldTypes = new HashMap<>();   // declared instance field types
    static Map<Long, long[]> classFieldNames = new HashMap<>();
    // objects
    static HashMap<Long, Integer> index = new HashMap<>(4_000_000);
    static long[] ids = new long[4_000_000]; static long[] cls = new long[4_000_000]; static int[] size = new int[4_000_000];
    static Object[] data = new Object[4_000_000]; // byte[] fields for instances, long[] for obj arrays, byte[] prefix for byte arrays
    static byte[] kind = new byte[4_000_000]; // 1 instance, 2 objarray, 3 primarray
    static int n;
    static List<Long> roots = new ArrayList<>();

    static int add(long id, long c, int sz, Object d, byte k) {
        if (n == ids.length) { int m = n * 2; ids = Arrays.copyOf(ids, m); cls = Arrays.copyOf(cls, m); size = Arrays.copyOf(size, m); data = Arrays.copyOf(data, m); kind = Arrays.copyOf(kind, m); }
        ids[n] = id; cls[n] = c; size[n] = sz; data[n] = d; kind[n] = k; index.put(id, n); return n++;
    }

    /** One session's largest entries (KB, objects, key), under a title. */
    static void printTop(String title, Map<String, long[]> sizes, int limit) {
        System.out.println("  " + title + ":");
        sizes.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(limit)
                .forEach(e -> System.out.printf("    %8.1f KB %6d %s%n", e.getValue()[0] / 1024.0, e.getValue()[1], e.getKey()));
    }

    public static void main(String[] a) throws Exception {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(a[0]), 1 << 20));
        while (in.readByte() != 0) { }
        idSize = in.readInt(); in.readLong();
        Map<Integer, Long> primArrayClass = new HashMap<>();
        while (true) {
            int tag;
            try { tag = in.readUnsignedByte(); } catch (EOFException e) { break; }
            in.readInt();
            long len = in.readInt() & 0xffffffffL;
            if (tag == 0x01) { long id = id(in); byte[] b = in.readNBytes((int) (len - idSize)); strings.put(id, new String(b, StandardCharsets.UTF_8)); continue; }
            if (tag == 0x02) { in.readInt(); long cid = id(in); in.readInt(); long nid = id(in); classNameId.put(cid, nid); continue; }
            if (tag != 0x0C && tag != 0x1C) { in.skipNBytes(len); continue; }
            long end = len; long[] pos = {0};
            while (pos[0] < end) {
                int sub = in.readUnsignedByte(); pos[0]++;
                switch (sub) {
                    case 0xFF, 0x05, 0x07 -> { roots.add(id(in)); pos[0] += idSize; }
                    case 0x01 -> { roots.add(id(in)); id(in); pos[0] += 2L * idSize; }
                    case 0x02, 0x03, 0x08 -> { roots.add(id(in)); in.skipNBytes(8); pos[0] += idSize + 8; }
                    case 0x04, 0x06 -> { roots.add(id(in)); in.skipNBytes(4); pos[0] += idSize + 4; }
                    case 0x20 -> {
                        long cid = id(in); in.readInt(); long sup = id(in); id(in); id(in); id(in); id(in); id(in); in.readInt();
                        pos[0] += 7L * idSize + 8;
                        int cp = in.readUnsignedShort(); pos[0] += 2;
                        for (int i = 0; i < cp; i++) { in.readUnsignedShort(); int t = in.readUnsignedByte(); in.skipNBytes(sz(t)); pos[0] += 3 + sz(t); }
                        int st = in.readUnsignedShort(); pos[0] += 2;
                        List<Long> staticRefs = new ArrayList<>();
                        for (int i = 0; i < st; i++) { id(in); int t = in.readUnsignedByte(); pos[0] += idSize + 1 + sz(t);
                            if (t == 2) staticRefs.add(id(in)); else in.skipNBytes(sz(t)); }
                        int fi = in.readUnsignedShort(); pos[0] += 2;
                        byte[] types = new byte[fi]; long[] names = new long[fi];
                        for (int i = 0; i < fi; i++) { names[i] = id(in); types[i] = (byte) in.readUnsignedByte(); pos[0] += idSize + 1; }
                        classSuper.put(cid, new long[]{sup}); classFieldTypes.put(cid, types); classFieldNames.put(cid, names);
                        long[] sr = staticRefs.stream().mapToLong(Long::longValue).toArray();
                        add(cid, -1, 0, sr, (byte) 4); // class object: refs = statics
                    }
                    case 0x21 -> { long id = id(in); in.readInt(); long c = id(in); int l = in.readInt(); byte[] b = in.readNBytes(l); pos[0] += 2L * idSize + 8 + l; add(id, c, l + 12, b, (byte) 1); }
                    case 0x22 -> { long id = id(in); in.readInt(); int num = in.readInt(); long c = id(in); long[] el = new long[num]; for (int i = 0; i < num; i++) el[i] = id(in);
                        pos[0] += 2L * idSize + 8 + (long) num * idSize; add(id, c, 16 + num * 4, el, (byte) 2); }
                    case 0x23 -> { long id = id(in); in.readInt(); int num = in.readInt(); int t = in.readUnsignedByte(); long bytes = (long) num * sz(t);
                        pos[0] += idSize + 9 + bytes;
                        if (t == 8) { int take = Math.min(num, 60); byte[] p = in.readNBytes(take); in.skipNBytes(bytes - take); add(id, -100 - t, (int) (16 + bytes), p, (byte) 3); }
                        else { in.skipNBytes(bytes); add(id, -100 - t, (int) (16 + bytes), null, (byte) 3); } }
                    default -> throw new IllegalStateException("sub " + sub);
                }
            }
        }
        System.err.println("objects " + n + " roots " + roots.size());
        // classes by name
        Map<Long, String> cname = new HashMap<>();
        for (var e : classNameId.entrySet()) cname.put(e.getKey(), strings.getOrDefault(e.getValue(), "?").replace('/', '.'));
        Set<Long> sessionClasses = new HashSet<>();
        for (var e : cname.entrySet()) if (e.getValue().equals("org.apache.catalina.session.StandardSession")) sessionClasses.add(e.getKey());
        // walk 1: from roots, not entering sessions
        BitSet seen = new BitSet(n);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        List<Integer> sessions = new ArrayList<>();
        for (long r : roots) { Integer i = index.get(r); if (i != null && !seen.get(i)) { seen.set(i); q.add(i); } }
        walk(q, seen, sessionClasses, sessions, null, cname);
        System.err.println("reachable without sessions " + seen.cardinality() + ", sessions " + sessions.size());
        // walk 2: from sessions
        BitSet before = (BitSet) seen.clone();
        int[] parent = new int[n]; Arrays.fill(parent, -1);
        for (int s : sessions) { q.add(s); }
        walk(q, seen, Set.of(), new ArrayList<>(), parent, cname);
        BitSet only = (BitSet) seen.clone(); only.andNot(before);
        for (int s : sessions) only.set(s);
        int ns = sessions.size();
        Map<String, long[]> byClass = new TreeMap<>();
        Map<String, long[]> byChain = new HashMap<>();
        long total = 0;
        for (int i = only.nextSetBit(0); i >= 0; i = only.nextSetBit(i + 1)) {
            String c = name(i, cname);
            byClass.computeIfAbsent(c, k -> new long[2]); byClass.get(c)[0] += size[i]; byClass.get(c)[1]++;
            total += size[i];
            if (kind[i] == 3 || c.equals("java.lang.String") ) {
                // chain: skip String / byte[] upward, 4 owners
                StringBuilder sb = new StringBuilder();
                int p = i; int depth = 0;
                while (p >= 0 && depth < 6) { sb.append(depth == 0 ? "" : " < ").append(short_(name(p, cname))); p = parent[p]; depth++; }
                String key = sb.toString();
                byChain.computeIfAbsent(key, k -> new long[2]); byChain.get(key)[0] += size[i]; byChain.get(key)[1]++;
            }
        }
        Map<String, long[]> byPortal = new HashMap<>();
        Map<String, long[]> byComp = new HashMap<>();
        for (int i = only.nextSetBit(0); i >= 0; i = only.nextSetBit(i + 1)) {
            String pk = "(none)", ck = "(none)";
            int p = i; int d = 0;
            while (p >= 0 && d < 60) { String nm = name(p, cname); if (nm.startsWith("com.publisherportal.")) { pk = nm.replaceAll("[$][$]Lambda.*", "-Lambda"); break; } p = parent[p]; d++; }
            p = i; d = 0;
            while (p >= 0 && d < 60) { String nm = name(p, cname); if (nm.startsWith("com.vaadin.flow.component.") || nm.startsWith("com.publisherportal.")) { ck = nm.replaceAll("[$][$]Lambda.*", "-Lambda"); break; } p = parent[p]; d++; }
            byPortal.computeIfAbsent(pk, k -> new long[2])[0] += size[i]; byPortal.get(pk)[1]++;
            byComp.computeIfAbsent(ck, k -> new long[2])[0] += size[i]; byComp.get(ck)[1]++;
        }
        // Vaadin's state tree hangs from the UI, not from the components: each object counts for the
        // component of its nearest state node (StateNode -> ComponentMapping -> component).
        Map<Integer, String> nodeComponent = new HashMap<>();
        for (int i = only.nextSetBit(0); i >= 0; i = only.nextSetBit(i + 1)) {
            if (!name(i, cname).equals("com.vaadin.flow.internal.StateNode")) continue;
            String component = "(element without component)";
            for (long r : refs(i)) { Integer f = index.get(r); if (f == null || kind[f] != 2) continue;
                for (long fr : refs(f)) { Integer m = index.get(fr);
                    if (m == null || !name(m, cname).equals("com.vaadin.flow.internal.nodefeature.ComponentMapping")) continue;
                    for (long cr : refs(m)) { Integer c = index.get(cr); if (c == null || kind[c] != 1) continue; String cn = name(c, cname);
                        if ((cn.startsWith("com.vaadin.flow.component.") || cn.startsWith("com.publisherportal.")) && !cn.contains("nodefeature")) component = short_(cn.replace('$', '.')); } } }
            nodeComponent.put(i, component);
        }
        Map<String, long[]> byNode = new HashMap<>();
        Map<String, Map<String, long[]>> byNodeClass = new HashMap<>();
        for (int i = only.nextSetBit(0); i >= 0; i = only.nextSetBit(i + 1)) {
            String key = "(outside the state tree)"; int p = i; int d = 0;
            while (p >= 0 && d < 80) { String c = nodeComponent.get(p); if (c != null) { key = c; break; } p = parent[p]; d++; }
            long[] v = byNode.computeIfAbsent(key, k -> new long[3]); v[0] += size[i]; if (nodeComponent.containsKey(i)) v[2]++;
            long[] c = byNodeClass.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(name(i, cname), k -> new long[2]);
            c[0] += size[i]; c[1]++;
        }
        System.out.println("--- by the component of the nearest state node (KB per session, state nodes per session) ---");
        byNode.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(40)
                .forEach(e -> System.out.printf("%9.1f KB/s %8.1f nodes/s  %s%n", e.getValue()[0] / 1024.0 / ns, e.getValue()[2] / (double) ns, e.getKey()));
        byNode.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(4).forEach(e -> {
            System.out.println("  " + e.getKey() + " by class:");
            byNodeClass.get(e.getKey()).entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(12)
                    .forEach(c -> System.out.printf("    %9.1f KB/s %8.1f n/s  %s%n", c.getValue()[0] / 1024.0 / ns, c.getValue()[1] / (double) ns, c.getKey()));
        });
        System.out.println("--- per session: retained (only-through-sessions objects reachable from it), views ---");
        List<String> lines = new ArrayList<>();
        // DETAIL_VIEWS=DashboardView,UsageView: the first session holding each of these views, in detail
        List<String> detailViews = new ArrayList<>(List.of(System.getenv().getOrDefault("DETAIL_VIEWS", "LeadInboxView").split(",")));
        for (int sidx : sessions) {
            BitSet v = new BitSet(n); ArrayDeque<Integer> qq = new ArrayDeque<>(); qq.add(sidx); v.set(sidx); long tot = 0; TreeSet<String> views = new TreeSet<>();
            while (!qq.isEmpty()) { int i = qq.poll(); tot += size[i]; String nm = name(i, cname);
                if (nm.startsWith("com.publisherportal.") && nm.endsWith("View")) views.add(short_(nm));
                for (long r : refs(i)) { Integer j = index.get(r); if (j != null && only.get(j) && !v.get(j)) { v.set(j); qq.add(j); } } }
            lines.add(String.format("%8.1f KB  %s", tot / 1024.0, views));
            String detail = detailViews.stream().filter(views::contains).findFirst().orElse(null);
            if (detail != null) { detailViews.remove(detail);
                Map<String, long[]> bc = new HashMap<>(); Map<String, long[]> bp = new HashMap<>();
                Map<String, long[]> bn = new HashMap<>(); Map<String, long[]> bo = new HashMap<>(); Map<String, long[]> bq = new HashMap<>();
                for (int i = v.nextSetBit(0); i >= 0; i = v.nextSetBit(i + 1)) { String c = name(i, cname); bc.computeIfAbsent(c, k -> new long[2])[0] += size[i]; bc.get(c)[1]++;
                    String pk = "(none)"; int p = i; int d = 0;
                    while (p >= 0 && d < 60) { String nm = name(p, cname); if (nm.startsWith("com.publisherportal.") || nm.startsWith("com.vaadin.flow.component.") || nm.startsWith("com.vaadin.flow.data.")) { pk = nm.replaceAll("[$][$]Lambda.*", "-Lambda"); break; } p = parent[p]; d++; }
                    bp.computeIfAbsent(pk, k -> new long[2])[0] += size[i]; bp.get(pk)[1]++;
                    String nk = "(outside the state tree)"; p = i; d = 0;
                    while (p >= 0 && d < 80) { String c2 = nodeComponent.get(p); if (c2 != null) { nk = c2; break; } p = parent[p]; d++; }
                    bn.computeIfAbsent(nk, k -> new long[2])[0] += size[i]; bn.get(nk)[1]++;
                    if (nk.startsWith("(outside")) { bo.computeIfAbsent(pk + " " + c, k -> new long[2])[0] += size[i]; bo.get(pk + " " + c)[1]++;
                        bq.computeIfAbsent(pk, k -> new long[2])[0] += size[i]; bq.get(pk)[1]++; } }
                printTop("one " + detail + " session, outside the state tree, by nearest owner", bq, 25);
                printTop("one " + detail + " session by the component of the nearest state node", bn, 25);
                printTop("one " + detail + " session, outside the state tree, by nearest owner and class", bo, 40);
                printTop("one " + detail + " session by class", bc, 15);
                printTop("one " + detail + " session by nearest owner", bp, 15);
            }
        }
        lines.stream().sorted().forEach(System.out::println);
        System.out.println("--- by nearest portal object ---");
        byPortal.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(30)
                .forEach(e -> System.out.printf("%9.1f KB/s %8.1f n/s  %s%n", e.getValue()[0] / 1024.0 / ns, e.getValue()[1] / (double) ns, e.getKey()));
        System.out.println("--- by nearest component ---");
        byComp.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(30)
                .forEach(e -> System.out.printf("%9.1f KB/s %8.1f n/s  %s%n", e.getValue()[0] / 1024.0 / ns, e.getValue()[1] / (double) ns, e.getKey()));
        System.out.printf("sessions %d, retained only through sessions: %d KB, per session %.1f KB%n", ns, total / 1024, total / 1024.0 / ns);
        byClass.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(45)
                .forEach(e -> System.out.printf("%9.1f KB/s %8.1f n/s  %s%n", e.getValue()[0] / 1024.0 / ns, e.getValue()[1] / (double) ns, e.getKey()));
        System.out.println("--- byte[]/String by owner chain ---");
        byChain.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(45)
                .forEach(e -> System.out.printf("%9.1f KB/s %8.1f n/s  %s%n", e.getValue()[0] / 1024.0 / ns, e.getValue()[1] / (double) ns, e.getKey()));
        // STRINGS_UNDER=DependencyList: the first 60 bytes of the texts whose owners include that class
        String under = System.getenv("STRINGS_UNDER");
        if (under != null) {
            System.out.println("--- texts under " + under + " (first 60 bytes, how many) ---");
            Map<String, Integer> texts = new TreeMap<>();
            for (int i = only.nextSetBit(0); i >= 0; i = only.nextSetBit(i + 1)) {
                if (kind[i] != 3 || cls[i] != -108) continue;
                StringBuilder owners = new StringBuilder(); int p = parent[i];
                for (int d = 0; p >= 0 && d < 8; d++, p = parent[p]) owners.append(name(p, cname)).append(' ');
                if (owners.toString().contains(under)) texts.merge(new String((byte[]) data[i], StandardCharsets.ISO_8859_1), 1, Integer::sum);
            }
            texts.forEach((t, k) -> System.out.printf("%6d  %s%n", k, t));
        }
    }
    static String short_(String s) { int d = s.lastIndexOf('.'); return d > 0 && !s.startsWith("[") ? s.substring(d + 1) : s; }
    static String name(int i, Map<Long, String> cname) {
        return switch (kind[i]) { case 4 -> "class"; case 3 -> cls[i] == -108 ? "byte[]" : "prim[]" + (-cls[i] - 100); default -> cname.getOrDefault(cls[i], "?") + (kind[i] == 2 ? "[]" : ""); };
    }
    static void walk(ArrayDeque<Integer> q, BitSet seen, Set<Long> stop, List<Integer> stopped, int[] parent, Map<Long, String> cname) {
        while (!q.isEmpty()) {
            int i = q.poll();
            if (kind[i] == 1 && stop.contains(cls[i])) { stopped.add(i); continue; }
            for (long r : refs(i)) {
                if (r == 0) continue;
                Integer j = index.get(r);
                if (j == null || seen.get(j)) continue;
                seen.set(j); if (parent != null) parent[j] = i; q.add(j);
            }
        }
    }
    static long[] refs(int i) {
        switch (kind[i]) {
            case 2, 4: return (long[]) data[i];
            case 3: return new long[0];
            default:
                byte[] b = (byte[]) data[i]; List<Long> out = new ArrayList<>(); int off = 0;
                long c = cls[i];
                out.add(c);
                while (c != 0 && classFieldTypes.containsKey(c)) {
                    for (byte t : classFieldTypes.get(c)) {
                        if (t == 2) { long v = 0; for (int k = 0; k < idSize; k++) v = (v << 8) | (b[off + k] & 0xff); out.add(v); }
                        off += sz(t);
                    }
                    c = classSuper.get(c)[0];
                }
                return out.stream().mapToLong(Long::longValue).toArray();
        }
    }
    static long id(DataInputStream in) throws IOException { return idSize == 8 ? in.readLong() : in.readInt() & 0xffffffffL; }
    static int sz(int t) { return switch (t) { case 2 -> idSize; case 4, 8 -> 1; case 5, 9 -> 2; case 6, 10 -> 4; case 7, 11 -> 8; default -> throw new IllegalStateException("type " + t); }; }
}
