package com.publisherportal.architecture;

import com.publisherportal.common.PublicAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public method of an application service checks its caller, or says that it does not need
 * to. A method passes when it
 * <ul>
 *   <li>is marked {@link PublicAccess} (deliberately public, with the reason), or</li>
 *   <li>carries method security ({@code @PreAuthorize}, {@code @PostAuthorize}, {@code @Secured},
 *       {@code @RolesAllowed}, on the method or its class), or</li>
 *   <li>calls a guard: a check of {@code AccountAccess} ({@code requireMember},
 *       {@code requireMemberOrStaff}, {@code requireStaff}, {@code requireAdmin},
 *       {@code ownAccountId}, {@code callerRole}) or {@code CurrentUser.require()}; or calls a
 *       method, of any class of the application (a private helper, another service), that is
 *       itself guarded, computed as a fixpoint over the call graph. Calls made inside the method's
 *       own lambdas count as the method's.</li>
 * </ul>
 * The application services are the {@code @Service} classes of {@code com.publisherportal}, and
 * any other bean there whose name ends in {@code Service}; their static helpers are left out.
 */
class ServiceGuardTest {

    static final String ACCOUNT_ACCESS = "com.publisherportal.security.AccountAccess";
    static final String CURRENT_USER = "com.publisherportal.security.CurrentUser";
    static final Set<String> ACCOUNT_ACCESS_GUARDS = Set.of("requireMember", "requireMemberOrStaff",
            "requireStaff", "requireAdmin", "ownAccountId", "callerRole");
    static final Set<String> METHOD_SECURITY = Set.of(
            "org.springframework.security.access.prepost.PreAuthorize",
            "org.springframework.security.access.prepost.PostAuthorize",
            "org.springframework.security.access.annotation.Secured",
            "jakarta.annotation.security.RolesAllowed");

    @Test
    void everyPublicServiceMethodChecksItsCallerOrIsMarkedPublic() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.publisherportal");
        List<JavaClass> services = services(classes);
        assertThat(services).as("the application services found").hasSizeGreaterThan(20)
                .extracting(JavaClass::getSimpleName)
                .contains("OfferService", "ApiKeyService", "ListingService", "ReviewService", "GoToMarketService");
        assertThat(unguarded(classes))
                .as("public service methods that neither check their caller nor are marked @PublicAccess")
                .isEmpty();
    }

    /**
     * The check above is only worth something if it fails: on an unguarded method it must. The
     * fixture lives outside {@code com.publisherportal}, so that no application context scans it.
     */
    @Test
    void anUnguardedServiceMethodIsFlagged() {
        JavaClasses fixture = new ClassFileImporter()
                .importPackages("serviceguardfixture");
        assertThat(services(fixture)).extracting(JavaClass::getSimpleName)
                .containsExactlyInAnyOrder("FixtureService", "OtherFixtureService");
        assertThat(unguarded(fixture)).containsExactly(
                "FixtureService.leaksThroughAPublicOne", "FixtureService.unguarded",
                "OtherFixtureService.onlyAsksWhetherStaff");
    }

    static List<JavaClass> services(JavaClasses classes) {
        return classes.stream()
                .filter(c -> c.isTopLevelClass() && !c.isInterface() && !c.isAnnotation())
                .filter(c -> c.isAnnotatedWith(Service.class)
                        || (c.getSimpleName().endsWith("Service") && c.isMetaAnnotatedWith(Component.class)))
                .sorted(Comparator.comparing(JavaClass::getName))
                .toList();
    }

    /** The public methods of the services that pass none of the rules, as {@code Class.method}. */
    static List<String> unguarded(JavaClasses classes) {
        Set<JavaMethod> guarded = guardedMethods(classes);
        return services(classes).stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                // A static helper (a pure function of its arguments) is no operation of the bean.
                .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !m.getModifiers().contains(JavaModifier.BRIDGE))
                .filter(m -> !m.isAnnotatedWith(PublicAccess.class))
                .filter(m -> !guarded.contains(m))
                .map(m -> m.getOwner().getSimpleName() + "." + m.getName())
                .distinct()
                .sorted()
                .toList();
    }

    /** The methods that check the caller, directly or through a method they call: a fixpoint. */
    static Set<JavaMethod> guardedMethods(JavaClasses classes) {
        List<JavaMethod> all = classes.stream().flatMap(c -> c.getMethods().stream()).toList();
        Set<JavaMethod> guarded = new HashSet<>();
        for (JavaMethod m : all) {
            if (hasMethodSecurity(m) || callsOf(m).stream().anyMatch(ServiceGuardTest::isGuardCall)) {
                guarded.add(m);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (JavaMethod m : all) {
                if (!guarded.contains(m) && callsOf(m).stream().anyMatch(call -> call.getTarget().resolveMember()
                        .filter(guarded::contains).isPresent())) {
                    guarded.add(m);
                    changed = true;
                }
            }
        }
        return guarded;
    }

    private static boolean isGuardCall(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (owner.equals(ACCOUNT_ACCESS) && ACCOUNT_ACCESS_GUARDS.contains(name))
                || (owner.equals(CURRENT_USER) && name.equals("require"));
    }

    private static boolean hasMethodSecurity(JavaMethod m) {
        return METHOD_SECURITY.stream().anyMatch(a -> m.isAnnotatedWith(a) || m.getOwner().isAnnotatedWith(a));
    }

    /** The calls a method makes, with those of the lambdas it declares (javac names them {@code lambda$name$n}). */
    private static List<JavaMethodCall> callsOf(JavaMethod m) {
        String lambdaPrefix = "lambda$" + m.getName() + "$";
        return m.getOwner().getMethods().stream()
                .filter(other -> other.equals(m) || (other.getName().startsWith(lambdaPrefix)
                        && other.getModifiers().contains(JavaModifier.SYNTHETIC)))
                .flatMap(other -> other.getMethodCallsFromSelf().stream())
                .toList();
    }
}
