package dev.migrate.engine.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits scripts into groups that can be compiled together: revision scripts live in the default
 * package, so two scripts declaring a type of the same name cannot share a compiler run.
 */
final class TypeNames {

    /** Type declarations; nested ones are counted too, which only makes groups smaller than needed. */
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");

    private TypeNames() {
    }

    static List<Map<Path, String>> groupsWithUniqueNames(Map<Path, String> sources) {
        Map<Path, Set<String>> declared = new LinkedHashMap<>();
        sources.forEach((file, text) -> declared.put(file, declared(text)));
        List<Map<Path, String>> groups = new ArrayList<>();
        for (List<Path> files : groups(declared)) {
            Map<Path, String> group = new LinkedHashMap<>();
            files.forEach(f -> group.put(f, sources.get(f)));
            groups.add(group);
        }
        return groups;
    }

    /** Files grouped so that no two in a group share a name, keeping the given order. */
    static List<List<Path>> groups(Map<Path, Set<String>> namesByFile) {
        List<List<Path>> groups = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (Map.Entry<Path, Set<String>> source : namesByFile.entrySet()) {
            Set<String> declared = source.getValue();
            int target = -1;
            for (int i = 0; i < groups.size() && target < 0; i++) {
                if (declared.stream().noneMatch(names.get(i)::contains)) {
                    target = i;
                }
            }
            if (target < 0) {
                groups.add(new ArrayList<>());
                names.add(new HashSet<>());
                target = groups.size() - 1;
            }
            groups.get(target).add(source.getKey());
            names.get(target).addAll(declared);
        }
        return groups;
    }

    private static Set<String> declared(String source) {
        Set<String> found = new HashSet<>();
        Matcher m = TYPE.matcher(source);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
