package com.publisherportal.attribution;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the part of the ARM template expression language that tracking deployments use in
 * practice ({@code [concat('pid-', parameters('x'))]}, {@code [format('pid-{0}', variables('y'))]},
 * {@code [toLower(...)]}, {@code [if(...)]}, member and index access …) from parameter default
 * values and variables, without deploying anything. Whatever needs a deployment to be known
 * ({@code uniqueString}, {@code resourceGroup()}, a parameter without a default …) is reported as
 * unresolved with the reason, never guessed.
 */
final class ArmExpressions {

    /** Deeper variable chains or expression nesting than this are not followed. */
    static final int MAX_DEPTH = 32;
    /**
     * At most this many evaluation steps per value, and strings of at most this many characters:
     * variables that use each other twice over, or replace() and format() on long text, would
     * otherwise grow without bound from a small hostile template.
     */
    static final int MAX_STEPS = 10_000;
    static final int MAX_STRING_LENGTH = 100_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern FORMAT_ITEM = Pattern.compile("\\{(\\d+)(?::[^}]*)?}");

    private ArmExpressions() {
    }

    /** Where names come from: a template's {@code parameters} and {@code variables} objects. */
    record Scope(JsonNode parameters, JsonNode variables) {

        static Scope of(JsonNode template) {
            return new Scope(Json.field(template, "parameters"), Json.field(template, "variables"));
        }
    }

    /** The outcome of an evaluation. */
    sealed interface Result permits Value, Unresolved {
    }

    /** A value, and the parameters whose default values it depends on (a deployment may set others). */
    record Value(JsonNode node, Set<String> parameters) implements Result {
    }

    /** Why a value cannot be known before deployment: an I18N key suffix and its arguments. */
    record Unresolved(String reason, List<Object> arguments) implements Result {
        static Unresolved of(String reason, Object... arguments) {
            return new Unresolved(reason, List.of(arguments));
        }
    }

    static boolean isExpression(String text) {
        return text.length() >= 2 && text.startsWith("[") && !text.startsWith("[[") && text.endsWith("]");
    }

    /** Evaluates a JSON value as ARM would: strings in brackets are expressions, "[[" escapes a bracket. */
    static Result evaluate(JsonNode node, Scope scope) {
        return new Evaluator(scope).value(node, 0);
    }

    private static final class Evaluator {
        private final Scope scope;
        private int steps;

        Evaluator(Scope scope) {
            this.scope = scope;
        }

        Result value(JsonNode node, int depth) {
            if (++steps > MAX_STEPS) {
                return Unresolved.of("too-deep");
            }
            if (node == null || node.isMissingNode()) {
                return new Value(NODES.nullNode(), Set.of());
            }
            if (!node.isString()) {
                return new Value(node, Set.of());
            }
            String text = node.stringValue();
            if (text.startsWith("[[")) {
                return new Value(NODES.stringNode(text.substring(1)), Set.of());
            }
            if (!isExpression(text)) {
                return new Value(node, Set.of());
            }
            if (depth > MAX_DEPTH) {
                return Unresolved.of("too-deep");
            }
            Expr expr;
            try {
                expr = new Parser(text.substring(1, text.length() - 1)).parseAll();
            } catch (IllegalArgumentException e) {
                return Unresolved.of("syntax");
            }
            return eval(expr, depth + 1);
        }

        Result eval(Expr expr, int depth) {
            if (depth > MAX_DEPTH || ++steps > MAX_STEPS) {
                return Unresolved.of("too-deep");
            }
            return switch (expr) {
                case Literal literal -> new Value(literal.node(), Set.of());
                case Member member -> access(member.target(), NODES.stringNode(member.name()), depth);
                case Index index -> {
                    Result key = eval(index.key(), depth + 1);
                    if (!(key instanceof Value k)) {
                        yield key;
                    }
                    Result accessed = access(index.target(), k.node(), depth);
                    yield accessed instanceof Value v ? new Value(v.node(), union(v.parameters(), k.parameters())) : accessed;
                }
                case Call call -> call(call, depth);
            };
        }

        private Result access(Expr targetExpr, JsonNode key, int depth) {
            Result target = eval(targetExpr, depth + 1);
            if (!(target instanceof Value t)) {
                return target;
            }
            JsonNode child;
            if (t.node().isObject() && key.isString()) {
                child = Json.field(t.node(), key.stringValue());
            } else if (t.node().isArray() && key.isIntegralNumber()) {
                child = t.node().get(key.intValue());
            } else {
                return Unresolved.of("syntax");
            }
            if (child == null || child.isMissingNode()) {
                return Unresolved.of("unknown-property", key.asString());
            }
            Result value = value(child, depth + 1);
            return value instanceof Value v ? new Value(v.node(), union(v.parameters(), t.parameters())) : value;
        }

        private Result call(Call call, int depth) {
            String name = call.name().toLowerCase(Locale.ROOT);
            if (name.equals("parameters") || name.equals("variables")) {
                return reference(call, name, depth);
            }
            if (!SUPPORTED.contains(name)) {
                return Unresolved.of("function", call.name());
            }
            List<JsonNode> args = new ArrayList<>();
            Set<String> parameters = new LinkedHashSet<>();
            for (Expr arg : call.arguments()) {
                Result r = eval(arg, depth + 1);
                if (!(r instanceof Value v)) {
                    return r;
                }
                args.add(v.node());
                parameters.addAll(v.parameters());
            }
            JsonNode result;
            try {
                result = apply(name, args);
            } catch (TooLong e) {
                return Unresolved.of("too-deep");
            }
            return result == null ? Unresolved.of("function-arguments", call.name()) : new Value(result, parameters);
        }

        private Result reference(Call call, String kind, int depth) {
            if (call.arguments().size() != 1) {
                return Unresolved.of("syntax");
            }
            Result nameResult = eval(call.arguments().getFirst(), depth + 1);
            if (!(nameResult instanceof Value nameValue) || !nameValue.node().isString()) {
                return nameResult instanceof Unresolved u ? u : Unresolved.of("syntax");
            }
            String name = nameValue.node().stringValue();
            if (kind.equals("variables")) {
                JsonNode definition = Json.field(scope.variables(), name);
                if (definition == null) {
                    return Unresolved.of("unknown-variable", name);
                }
                return value(definition, depth + 1);
            }
            JsonNode definition = Json.field(scope.parameters(), name);
            if (definition == null) {
                return Unresolved.of("unknown-parameter", name);
            }
            JsonNode defaultValue = Json.field(definition, "defaultValue");
            if (defaultValue == null) {
                return Unresolved.of("parameter-no-default", name);
            }
            Result value = value(defaultValue, depth + 1);
            return value instanceof Value v ? new Value(v.node(), union(v.parameters(), Set.of(name))) : value;
        }
    }

    private static final Set<String> SUPPORTED = Set.of("concat", "format", "tolower", "toupper", "trim", "string",
            "replace", "if", "equals", "not", "and", "or", "true", "false", "empty", "coalesce", "substring", "length");

    /** A result that would be longer than {@link #MAX_STRING_LENGTH}. */
    private static final class TooLong extends RuntimeException {
        TooLong() {
            super(null, null, false, false);
        }
    }

    private static void checkLength(long length) {
        if (length > MAX_STRING_LENGTH) {
            throw new TooLong();
        }
    }

    /** A supported function applied to evaluated arguments; null when the arguments do not fit. */
    private static JsonNode apply(String name, List<JsonNode> args) {
        return switch (name) {
            case "concat" -> {
                if (!args.isEmpty() && args.stream().allMatch(JsonNode::isArray)) {
                    ArrayNode joined = NODES.arrayNode();
                    args.forEach(a -> joined.addAll((ArrayNode) a));
                    yield joined;
                }
                if (args.stream().anyMatch(a -> a.isContainer() || a.isNull())) {
                    yield null;
                }
                StringBuilder text = new StringBuilder();
                for (JsonNode a : args) {
                    String part = a.asString();
                    checkLength((long) text.length() + part.length());
                    text.append(part);
                }
                yield NODES.stringNode(text.toString());
            }
            case "format" -> {
                if (args.isEmpty() || !args.getFirst().isString()) {
                    yield null;
                }
                Matcher items = FORMAT_ITEM.matcher(args.getFirst().stringValue());
                StringBuilder text = new StringBuilder();
                while (items.find()) {
                    int index = Integer.parseInt(items.group(1)) + 1;
                    if (index >= args.size() || args.get(index).isContainer()) {
                        yield null;
                    }
                    String item = args.get(index).asString();
                    checkLength((long) text.length() + item.length() + items.start());
                    items.appendReplacement(text, Matcher.quoteReplacement(item));
                }
                items.appendTail(text);
                checkLength(text.length());
                yield NODES.stringNode(text.toString());
            }
            case "tolower" -> oneString(args) ? NODES.stringNode(args.getFirst().stringValue().toLowerCase(Locale.ROOT)) : null;
            case "toupper" -> oneString(args) ? NODES.stringNode(args.getFirst().stringValue().toUpperCase(Locale.ROOT)) : null;
            case "trim" -> oneString(args) ? NODES.stringNode(args.getFirst().stringValue().strip()) : null;
            case "string" -> args.size() != 1 ? null
                    : NODES.stringNode(args.getFirst().isString() ? args.getFirst().stringValue() : args.getFirst().toString());
            case "replace" -> {
                if (args.size() != 3 || !args.stream().allMatch(JsonNode::isString) || args.get(1).stringValue().isEmpty()) {
                    yield null;
                }
                String text = args.get(0).stringValue();
                String old = args.get(1).stringValue();
                String replacement = args.get(2).stringValue();
                long occurrences = (text.length() - text.replace(old, "").length()) / old.length();
                checkLength(text.length() + occurrences * (replacement.length() - old.length()));
                yield NODES.stringNode(text.replace(old, replacement));
            }
            case "substring" -> {
                if (args.size() < 2 || !args.get(0).isString() || !args.get(1).isIntegralNumber()
                        || args.size() == 3 && !args.get(2).isIntegralNumber() || args.size() > 3) {
                    yield null;
                }
                String s = args.get(0).stringValue();
                int start = args.get(1).intValue();
                int end = args.size() == 3 ? start + args.get(2).intValue() : s.length();
                yield start < 0 || end > s.length() || end < start ? null : NODES.stringNode(s.substring(start, end));
            }
            case "length" -> args.size() != 1 ? null
                    : args.getFirst().isString() ? NODES.numberNode(args.getFirst().stringValue().length())
                    : args.getFirst().isContainer() ? NODES.numberNode(args.getFirst().size()) : null;
            case "if" -> args.size() == 3 && args.getFirst().isBoolean()
                    ? (args.getFirst().booleanValue() ? args.get(1) : args.get(2)) : null;
            case "equals" -> args.size() == 2 ? NODES.booleanNode(args.get(0).equals(args.get(1))) : null;
            case "not" -> args.size() == 1 && args.getFirst().isBoolean() ? NODES.booleanNode(!args.getFirst().booleanValue()) : null;
            case "and", "or" -> {
                if (args.size() < 2 || !args.stream().allMatch(JsonNode::isBoolean)) {
                    yield null;
                }
                boolean and = name.equals("and");
                yield NODES.booleanNode(and ? args.stream().allMatch(JsonNode::booleanValue)
                        : args.stream().anyMatch(JsonNode::booleanValue));
            }
            case "true" -> args.isEmpty() ? NODES.booleanNode(true) : null;
            case "false" -> args.isEmpty() ? NODES.booleanNode(false) : null;
            case "empty" -> args.size() != 1 ? null : NODES.booleanNode(args.getFirst().isNull()
                    || args.getFirst().isString() && args.getFirst().stringValue().isEmpty()
                    || args.getFirst().isContainer() && args.getFirst().isEmpty());
            case "coalesce" -> args.stream().filter(a -> !a.isNull()).findFirst().orElse(NODES.nullNode());
            default -> null;
        };
    }

    private static boolean oneString(List<JsonNode> args) {
        return args.size() == 1 && args.getFirst().isString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        Set<String> both = new LinkedHashSet<>(a);
        both.addAll(b);
        return both;
    }

    // --- Syntax tree and parser of the expression language.

    sealed interface Expr permits Literal, Call, Member, Index {
    }

    record Literal(JsonNode node) implements Expr {
    }

    record Call(String name, List<Expr> arguments) implements Expr {
    }

    record Member(Expr target, String name) implements Expr {
    }

    record Index(Expr target, Expr key) implements Expr {
    }

    /** Recursive descent over {@code call(args).member[index]}, 'strings' with '' escapes, numbers and true/false/null. */
    static final class Parser {
        private final String text;
        private int pos;
        private int nesting;

        Parser(String text) {
            this.text = text;
        }

        Expr parseAll() {
            Expr expr = expression();
            skipSpace();
            if (pos != text.length()) {
                throw new IllegalArgumentException("Unexpected text at " + pos);
            }
            return expr;
        }

        private Expr expression() {
            if (++nesting > MAX_DEPTH) {
                throw new IllegalArgumentException("Too deeply nested");
            }
            Expr expr = primary();
            while (true) {
                skipSpace();
                if (peek('.')) {
                    pos++;
                    expr = new Member(expr, identifier());
                } else if (peek('[')) {
                    pos++;
                    Expr key = expression();
                    expect(']');
                    expr = new Index(expr, key);
                } else {
                    break;
                }
            }
            nesting--;
            return expr;
        }

        private Expr primary() {
            skipSpace();
            if (pos >= text.length()) {
                throw new IllegalArgumentException("Unexpected end");
            }
            char c = text.charAt(pos);
            if (c == '\'') {
                return new Literal(NODES.stringNode(string()));
            }
            if (c == '-' || Character.isDigit(c)) {
                int start = pos++;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                try {
                    return new Literal(NODES.numberNode(Long.parseLong(text.substring(start, pos))));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Bad number at " + start, e);
                }
            }
            String name = identifier();
            skipSpace();
            if (!peek('(')) {
                return switch (name.toLowerCase(Locale.ROOT)) {
                    case "true" -> new Literal(NODES.booleanNode(true));
                    case "false" -> new Literal(NODES.booleanNode(false));
                    case "null" -> new Literal(NODES.nullNode());
                    default -> throw new IllegalArgumentException("Unknown name " + name);
                };
            }
            pos++;
            List<Expr> arguments = new ArrayList<>();
            skipSpace();
            if (peek(')')) {
                pos++;
                return new Call(name, arguments);
            }
            while (true) {
                arguments.add(expression());
                skipSpace();
                if (peek(',')) {
                    pos++;
                } else {
                    expect(')');
                    return new Call(name, arguments);
                }
            }
        }

        private String string() {
            StringBuilder value = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '\'') {
                    if (peek('\'')) {
                        value.append('\'');
                        pos++;
                    } else {
                        return value.toString();
                    }
                } else {
                    value.append(c);
                }
            }
            throw new IllegalArgumentException("Unterminated string");
        }

        /** Function names may carry a namespace of user-defined functions: {@code ns.name}. */
        private String identifier() {
            skipSpace();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '.' && pos > start && isUserFunctionDot())) {
                pos++;
            }
            if (start == pos || Character.isDigit(text.charAt(start))) {
                throw new IllegalArgumentException("Name expected at " + start);
            }
            return text.substring(start, pos);
        }

        /** A dot inside a name belongs to it only when a call follows ({@code ns.fn(}), not member access. */
        private boolean isUserFunctionDot() {
            int i = pos + 1;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            return i > pos + 1 && i < text.length() && text.charAt(i) == '(';
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void expect(char c) {
            skipSpace();
            if (!peek(c)) {
                throw new IllegalArgumentException("Expected " + c + " at " + pos);
            }
            pos++;
        }
    }
}
