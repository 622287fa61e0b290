package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mirrorhand.history.VirtualHandChoice;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.ui.InMemoryPeople;
import org.mirrorhand.virtualhand.SkinTone;

class VirtualHandChoicesTest {

    @Test
    void aGradeChosenIsKeptInThePersonsProfileAndComesBackForThemOnly() {
        InMemoryPeople people = new InMemoryPeople();
        people.add("Ann", AffectedSide.LEFT);
        people.add("Bob", AffectedSide.RIGHT);
        VirtualHandChoices choices = new VirtualHandChoices(people);
        choices.load("Ann");
        choices.gradeProperty().set(40);
        choices.skinProperty().set(SkinTone.DEEP);
        assertEquals(new VirtualHandChoice(40, "DEEP"), people.virtualHand("Ann"));
        choices.load("Bob");
        assertEquals(100, choices.gradeProperty().get(), "Bob's hand opens fully until his therapist says otherwise");
        choices.load("Ann");
        assertEquals(40, choices.gradeProperty().get());
        assertEquals(SkinTone.DEEP, choices.skinProperty().get());
    }

    @Test
    void thePersonsOwnMovementIsNamedByItsDayWithTheYearOnlyWhenItIsNotThisOne() {
        InMemoryPeople people = new InMemoryPeople();
        people.add("Ann", AffectedSide.LEFT);
        java.time.LocalDate lastYear = java.time.LocalDate.now().minusYears(1).withMonth(9).withDayOfMonth(28);
        people.keepMovement("Ann", new org.mirrorhand.history.OwnMovement(lastYear.atTime(12, 0)
                .atZone(java.time.ZoneId.systemDefault()).toInstant(), java.util.List.of(new double[63], new double[63])));
        VirtualHandChoices choices = new VirtualHandChoices(people);
        choices.load("Ann");
        assertEquals("Plays your own movement, from 28 September " + lastYear.getYear(), choices.movementWordsProperty().get());
        assertEquals(2, choices.ownMovementProperty().get().frames().size(), "the movement the screen plays");
        choices.load("Bob");
        assertEquals("Plays a model movement until you practise", choices.movementWordsProperty().get());
        assertEquals(null, choices.ownMovementProperty().get());
    }

    @Test
    void aProfileThatCannotKeepTheChoiceSaysSoInOneLine() {
        VirtualHandChoices choices = new VirtualHandChoices(new InMemoryPeople());
        choices.load("Ann"); // removed from the history meanwhile
        choices.gradeProperty().set(60);
        assertTrue(choices.problemProperty().get().startsWith("There is nobody called Ann"),
                choices.problemProperty().get());
    }

    @Test
    void gradesRunFromClosedToFullyOpenInStepsOfTen() {
        assertEquals(11, VirtualHandChoices.gradeChoices().size());
        assertEquals("Stays closed", VirtualHandChoices.gradeWords(0));
        assertEquals("Opens 50 % as far", VirtualHandChoices.gradeWords(50));
        assertEquals("Opens fully", VirtualHandChoices.gradeWords(100));
    }
}
