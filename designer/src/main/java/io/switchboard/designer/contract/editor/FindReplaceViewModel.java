package io.switchboard.designer.contract.editor;

import io.switchboard.flow.text.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Find and replace over the editor's text, which it searches in place rather than copying for each search. */
public final class FindReplaceViewModel {

    private final ContractEditorViewModel editor;
    private final CharSequence text;

    FindReplaceViewModel(ContractEditorViewModel editor, CharSequence text) {
        this.editor = editor;
        this.text = text;
    }

    /** Where {@code needle} next occurs from {@code from} (wrapping around the end), or -1. */
    public int find(String needle, int from, boolean matchCase) {
        if (needle.isEmpty() || text.length() == 0) {
            return -1;
        }
        int start = Math.max(0, Math.min(from, text.length()));
        int found = indexOf(needle, start, text.length(), matchCase);
        return found >= 0 ? found : indexOf(needle, 0, start, matchCase);
    }

    /** Where each occurrence starts, in order. */
    public List<Integer> findAll(String needle, boolean matchCase) {
        List<Integer> all = new ArrayList<>();
        for (int at = indexOf(needle, 0, text.length(), matchCase); at >= 0 && !needle.isEmpty();
             at = indexOf(needle, at + needle.length(), text.length(), matchCase)) {
            all.add(at);
        }
        return all;
    }

    private int indexOf(String needle, int from, int to, boolean matchCase) {
        String wanted = matchCase ? needle : needle.toLowerCase(Locale.ROOT);
        for (int i = from; i <= to - needle.length() && i <= text.length() - needle.length(); i++) {
            boolean match = true;
            for (int j = 0; j < wanted.length() && match; j++) {
                char c = text.charAt(i + j);
                match = (matchCase ? c : Character.toLowerCase(c)) == wanted.charAt(j);
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces every occurrence as one edit (one undo brings them all back); answers how many. */
    public int replaceAll(String needle, String with, boolean matchCase) {
        List<Integer> all = findAll(needle, matchCase);
        if (all.isEmpty()) {
            editor.showStatus("No occurrence of '" + needle + "'");
            return 0;
        }
        int start = all.get(0);
        int end = all.get(all.size() - 1) + needle.length();
        StringBuilder replaced = new StringBuilder();
        int position = start;
        for (int at : all) {
            replaced.append(text, position, at).append(with);
            position = at + needle.length();
        }
        editor.propose(new ContractEditorViewModel.Replacement(start, end, replaced.toString()));
        editor.showStatus("Replaced " + Plural.of(all.size(), "occurrence"));
        return all.size();
    }
}
