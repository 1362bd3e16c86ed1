<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Advice</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="9" />
        <source>Blood pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="10" />
        <source>Pulse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="11" />
        <source>Body mass index (BMI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="12" />
        <source>Blood oxygen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="13" />
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="14" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="15" />
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="22" />
        <source>Optimal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="23" />
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="31" />
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="34" />
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="38" />
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="42" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="24" />
        <source>High normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="25" />
        <source>High (grade 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="26" />
        <source>High (grade 2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="27" />
        <source>Very high (grade 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="28" />
        <source>Upper value high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="29" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="30" />
        <source>Slow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="32" />
        <source>Fast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="33" />
        <source>Underweight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="35" />
        <source>Overweight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="36" />
        <source>Obese (class I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="37" />
        <source>Obese (class II)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="39" />
        <source>Lower than normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="40" />
        <source>Very low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="41" />
        <source>Lower than expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="43" />
        <source>Slightly raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="44" />
        <source>Fever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="45" />
        <source>High fever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="53" />
        <source>Keep up your healthy habits and check again at your next visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="54" />
        <source>A little high. Eat less salt, stay active, and check again within 3 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="56" />
        <source>Please have your blood pressure checked at your commune health station within a month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="57" />
        <source>Please see a doctor at your commune health station this week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="58" />
        <source>Seek medical care today. If you have chest pain, a severe headache, shortness of breath, weakness or trouble speaking, call 115 now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="59" />
        <source>If you feel dizzy or faint, sit down and tell a health worker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="60" />
        <source>If you feel dizzy or very tired, see a health worker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="61" />
        <source>Rest and measure again. If it stays fast, see a health worker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="62" />
        <source>Talk with a health worker about healthy eating.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="63" />
        <source>A healthy weight for Asian adults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="64" />
        <source>More daily activity and a balanced diet help keep your weight healthy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="66" />
        <source>Please talk with a health worker about your weight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="67" />
        <source>Rest and measure again. If it is still low, see a health worker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="68" />
        <source>Seek medical care now. Call 115 if you are short of breath.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="69" />
        <source>Please measure again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="70" />
        <source>Rest and measure again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="71" />
        <source>Rest and drink plenty of water. See a health worker if it lasts or you feel unwell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="72" />
        <source>Please see a doctor today.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CanEntryScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CanEntryScreen.qml" line="21" />
        <source>Enter the card number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CanEntryScreen.qml" line="25" />
        <source>Type the last %1 digits of the 12-digit ID number printed on the front of your card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CanEntryScreen.qml" line="31" />
        <source>Example: for 079 158 001 234, type 001234.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/screens/CanEntryScreen.qml" line="37" />
        <source>%n attempt(s) left.</source>
        <translation><numerusform>%n attempt left.</numerusform><numerusform>%n attempts left.</numerusform></translation>
    </message>
</context>
<context>
    <name>CardReadingScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="17" />
        <source>Reading your card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="34" />
        <source>Opening the chip with your number…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="35" />
        <source>Reading your details and photo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="36" />
        <source>Checking that the card is genuine…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="38" />
        <source>Connecting to the card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="38" />
        <source>The card was taken off the reader. Please put it back to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="45" />
        <source>Please do not move the card.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardWaitScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardWaitScreen.qml" line="16" />
        <source>Place your ID card on the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardWaitScreen.qml" line="22" />
        <source>Put the chip ID card flat on the reader below the screen, photo side up, and leave it there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardWaitScreen.qml" line="33" />
        <source>I do not have my card: measure without saving</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="15" />
        <source>What we collect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="16" />
        <source>Your ID number, name, date of birth and sex from the chip of your ID card; your photo from the chip and a live camera picture, used only to check that the card is yours; your blood pressure, pulse, weight, height, blood oxygen and temperature; and, if you check a prescription, its code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="17" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="18" />
        <source>To add this health check to your electronic health record, so that you and your health workers can follow your health. If you ask, to find an e-prescription written for you, show it only to you, and give you a signed pick-up pass for the pharmacy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="19" />
        <source>For how long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="20" />
        <source>The photos are never stored: they are deleted as soon as the check is done. Your measurements stay encrypted on this station only until your health record has received them, then they are deleted here. A prescription you check is shown only during your visit and is not kept on this station; a note that the check took place (when, at which station, which code, the result) goes to your health record&apos;s access log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="21" />
        <source>Who sees it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="22" />
        <source>You, and the health workers who look after you, through your electronic health record. It is never used for advertising. You may ask to see, correct or delete your data at your commune health station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="40" />
        <source>Before we start: your consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="90" />
        <source>No, end here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="96" />
        <source>I agree</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="34" />
        <source>Added to your electronic health record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="35" />
        <source>Saved on this station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="37" />
        <source>Your results were not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="46" />
        <source>You can see them in your health record. Thank you for your visit!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="47" />
        <source>They are stored safely and will be sent to your electronic health record as soon as the station is online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="49" />
        <source>As you asked, nothing from this visit was kept. Thank you for your visit!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="56" />
        <source>Please take your ID card with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="61" />
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="67" />
        <source>Other services</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FaceCheckScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="44" />
        <source>Hello, %1. Now a face check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="44" />
        <source>Now a face check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="49" />
        <source>Card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="70" />
        <source>Please move closer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="71" />
        <source>Please move back a little</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="72" />
        <source>Look straight at the camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="73" />
        <source>It is too dark: please face the light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="74" />
        <source>Hold still</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="75" />
        <source>Only one person at a time, please</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="76" />
        <source>Slowly turn your head to the left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="77" />
        <source>Slowly turn your head to the right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="78" />
        <source>Now come a little closer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="79" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="81" />
        <source>Look at the camera and fit your face in the oval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="96" />
        <source>The camera picture is compared with the photo on your card and then deleted. It is never stored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FaceFailedScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceFailedScreen.qml" line="16" />
        <source>Let us try the face check again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceFailedScreen.qml" line="26" />
        <source>Remove glasses or a face mask, stand about an arm's length from the screen and look at the camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceFailedScreen.qml" line="35" />
        <source>Measure without saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceFailedScreen.qml" line="40" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="16" />
        <source>%1/%2 mmHg · pulse %3 /min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="18" />
        <source>%1 kg · %2 cm · BMI %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="20" />
        <source>SpO2 %1 % · pulse %2 /min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="22" />
        <source>%1 °C</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="30" />
        <source>Rest quietly before the measurement: %n second(s) left</source>
        <translation><numerusform>Rest quietly before the measurement: %n second left</numerusform><numerusform>Rest quietly before the measurement: %n seconds left</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="31" />
        <source>The cuff is tightening: %1 mmHg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="31" />
        <source>The cuff is tightening…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="32" />
        <source>The cuff is loosening: %1 mmHg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="32" />
        <source>The cuff is loosening…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="33" />
        <source>Measurement %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="34" />
        <source>Weighing: %1 kg, please stand still</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="34" />
        <source>Weighing, please stand still</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="35" />
        <source>Hold still</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="36" />
        <source>Looking for your pulse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="37" />
        <source>Measuring: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="37" />
        <source>Measuring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="39" />
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="80" />
        <source>Rest quietly and do not talk. The measurement starts in about %1 minute(s).</source>
        <translation><numerusform>Rest quietly and do not talk. The measurement starts in about %1 minute.</numerusform><numerusform>Rest quietly and do not talk. The measurement starts in about %1 minutes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="38" />
        <source>%1/%2 mmHg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="39" />
        <source>%1 /min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="40" />
        <source>%1 kg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="42" />
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Header.qml" line="19" />
        <source>Digital Citizen Station · Health check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Header.qml" line="31" />
        <source>End</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/IdleOverlay.qml" line="30" />
        <source>Are you still there?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/components/IdleOverlay.qml" line="43" />
        <source>Your visit will end in %n second(s) and your information will be cleared from this screen.</source>
        <translation><numerusform>Your visit will end in %n second and your information will be cleared from this screen.</numerusform><numerusform>Your visit will end in %n seconds and your information will be cleared from this screen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/IdleOverlay.qml" line="48" />
        <source>I am still here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Keypad.qml" line="65" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Keypad.qml" line="65" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeasureScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="16" />
        <source>Sit with your back against the chair and both feet flat on the floor. Put your arm through the cuff so it sits on your upper arm at heart level. Do not talk or move while it measures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="17" />
        <source>Take off your shoes and step onto the scale. Stand straight with your back to the height rod and keep still.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="18" />
        <source>Put your index finger all the way into the clip. Rest your hand on the table and keep it still.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="19" />
        <source>Face the thermometer and hold your forehead 3 to 5 cm in front of it until it beeps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="34" />
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="111" />
        <source>When you are ready, press Start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="123" />
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="130" />
        <source>Measure again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="136" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="142" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="9" />
        <source>The card was taken off the reader. Please place it back and keep it still.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="10" />
        <source>The card could not be read. Please place it flat on the reader and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="11" />
        <source>The card reader is not working. Please ask a staff member for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="12" />
        <source>Reading the card took too long. Please lift the card off the reader, place it back and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="12" />
        <source>The number does not match this card. Please check the last 6 digits of the ID number on the front of the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="13" />
        <source>Please enter all 6 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="14" />
        <source>We could not confirm that the card belongs to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="15" />
        <source>We could not see a face. Please look at the camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="16" />
        <source>More than one person is in the picture. Please stand alone in front of the camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="17" />
        <source>The picture was not clear enough. Please face the camera in good light.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="18" />
        <source>The movements were not recognised. Please follow the instructions on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="19" />
        <source>The check took too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="20" />
        <source>This station has no room left to save your results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="22" />
        <source>This station could not save your results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="24" />
        <source>Something went wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="29" />
        <source>The cuff is too loose. Please wrap it snugly around your upper arm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="30" />
        <source>Movement disturbed the measurement. Please sit still and do not talk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="31" />
        <source>The cuff pressure went too high and was released for your safety.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="32" />
        <source>Your pulse was too weak to measure. Please relax your arm and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="33" />
        <source>Please put your finger fully into the clip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="34" />
        <source>The finger clip is not connected. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="35" />
        <source>The signal is weak. Please warm your hand and keep it still.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="36" />
        <source>Movement disturbed the signal. Please keep your hand still.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="37" />
        <source>You stepped off the scale too early. Please stand still until the weight is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="38" />
        <source>The value is outside what this device can measure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="39" />
        <source>The device is not responding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="40" />
        <source>The device is disconnected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="41" />
        <source>The device reported an error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="42" />
        <source>The measurement took too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="44" />
        <source>The measurement did not work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="49" />
        <source>The number was wrong too many times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="50" />
        <source>This card could not be verified as genuine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="51" />
        <source>The camera is not working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="53" />
        <source>The card reader did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="58" />
        <source>Blood pressure and pulse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="59" />
        <source>Weight and height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="60" />
        <source>Blood oxygen (SpO2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="61" />
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signal was weak during the measurement, so this value may be less accurate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movement disturbed the signal during the measurement, so this value may be less accurate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movement was detected during the measurement, so this value may be less accurate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your first two readings were far apart, so a third was taken. The result is the average of the last two.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/ResultCard.qml" line="38" />
        <source>Not measured: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/ResultCard.qml" line="39" />
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="23" />
        <source>Your results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="90" />
        <source>A result needs urgent attention. If you feel unwell, call 115 now or ask a staff member to help you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="100" />
        <source>These results are a health screening, not a diagnosis. Only a health worker can diagnose a condition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="107" />
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="107" />
        <source>Save to my health record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveFailedScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/SaveFailedScreen.qml" line="13" />
        <source>Your results could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/SaveFailedScreen.qml" line="22" />
        <source>Nothing was added to your health record. Please ask a staff member for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/SaveFailedScreen.qml" line="27" />
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/SavingScreen.qml" line="17" />
        <source>Saving your results…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffHelpScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/StaffHelpScreen.qml" line="14" />
        <source>Please ask a staff member for help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/StaffHelpScreen.qml" line="25" />
        <source>A staff member can check your identity another way. You can also measure now without saving the results to your health record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/StaffHelpScreen.qml" line="33" />
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/StaffHelpScreen.qml" line="39" />
        <source>Measure without saving</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/StepBar.qml" line="13" />
        <source>Identify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/StepBar.qml" line="13" />
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/StepBar.qml" line="13" />
        <source>Results</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="16" />
        <source>Welcome to your health check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="23" />
        <source>Free check of blood pressure, pulse, weight, height, blood oxygen and temperature. The results go into your electronic health record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="28" />
        <source>You will need your chip ID card (CCCD). It takes about 10 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="33" />
        <source>This station cannot save new health checks right now. Please ask a staff member or come back later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="42" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="58" />
        <source>Station %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="62" />
        <source>all health checks sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="63" />
        <source>%n health check(s) waiting to be sent</source>
        <translation><numerusform>%n health check waiting to be sent</numerusform><numerusform>%n health checks waiting to be sent</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="33" />
        <source>The checks could not be run (see the technician log).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="35" />
        <source>Checking the station…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="37" />
        <source>All %n check(s) are OK.</source>
        <translation><numerusform>The %n check is OK.</numerusform><numerusform>All %n checks are OK.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="38" />
        <source>%n fault(s)</source>
        <translation><numerusform>%n fault</numerusform><numerusform>%n faults</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="38" />
        <source>%n to check soon</source>
        <translation><numerusform>%n to check soon</numerusform><numerusform>%n to check soon</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="45" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="45" />
        <source>Check now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthWords</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="10" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="11" />
        <source>Check soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="12" />
        <source>Fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="22" />
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="23" />
        <source>App files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="24" />
        <source>Folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="25" />
        <source>Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="26" />
        <source>Store key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="27" />
        <source>Visit store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="28" />
        <source>Send queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="29" />
        <source>Card reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="30" />
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="31" />
        <source>Health-record server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="32" />
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="33" />
        <source>App version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="34" />
        <source>Running time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="35" />
        <source>Calibration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="36" />
        <source>Health check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="37" />
        <source>Blood pressure monitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="38" />
        <source>Scale and height rod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="39" />
        <source>Pulse oximeter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="40" />
        <source>Thermometer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="47" />
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="48" />
        <source>Loaded and valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="49" />
        <source>A bundled file is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="50" />
        <source>A translation file is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="51" />
        <source>Face model files are missing or damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="52" />
        <source>Cannot be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="53" />
        <source>Disk space is low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="54" />
        <source>Disk is nearly full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="55" />
        <source>Key file missing: stored visits cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="56" />
        <source>No key yet: one is made at first start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="57" />
        <source>Key file can be read by others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="58" />
        <source>No visits stored yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="59" />
        <source>Store will be upgraded at next start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="60" />
        <source>Store is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="61" />
        <source>Not accepting new visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="62" />
        <source>Every visit has been sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="63" />
        <source>Visits waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="64" />
        <source>Visits have waited too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="65" />
        <source>Visits refused by the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="66" />
        <source>Never sent to the server yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="67" />
        <source>No successful send for a long time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="68" />
        <source>Turned off in the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="69" />
        <source>Not configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="70" />
        <source>Not connected (port not found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="71" />
        <source>Port is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="72" />
        <source>Card service is not running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="73" />
        <source>No card reader found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="74" />
        <source>Simulated (demo mode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="75" />
        <source>Camera cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="76" />
        <source>Cannot be reached: visits wait in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="77" />
        <source>Answers, but not as a FHIR R4 server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="78" />
        <source>Not using HTTPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="79" />
        <source>Certificate cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="80" />
        <source>Certificate expires soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="81" />
        <source>Certificate has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="82" />
        <source>Server certificate is not trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="83" />
        <source>Installed version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="84" />
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="85" />
        <source>The check itself failed (see the technician log)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MaintenancePages</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="14" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="14" />
        <source>Live status of devices, backend, disk and queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="16" />
        <source>Restart or exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="16" />
        <source>Restart the app, or exit to the desktop</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MaintenanceShell</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenanceShell.qml" line="36" />
        <source>Maintenance · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenanceShell.qml" line="37" />
        <source>Maintenance · station %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenanceShell.qml" line="48" />
        <source>Menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenanceShell.qml" line="54" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoPinScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/NoPinScreen.qml" line="14" />
        <source>Maintenance is not set up on this station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/NoPinScreen.qml" line="20" />
        <source>No technician PIN has been set, so maintenance cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/NoPinScreen.qml" line="25" />
        <source>The deployer sets it on the station's computer with the command: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="21" />
        <source>Technician PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="25" />
        <source>Maintenance is for station technicians. Enter your PIN of %1 to %2 digits.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="32" />
        <source>Wrong PIN. You can try again in %n second(s).</source>
        <translation><numerusform>Wrong PIN. You can try again in %n second.</numerusform><numerusform>Wrong PIN. You can try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="33" />
        <source>Wrong PIN. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="39" />
        <source>Each wrong PIN makes the wait before the next try longer. Every attempt is recorded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PowerScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PowerScreen.qml" line="16" />
        <source>Restarting takes a few seconds; the station then opens on the welcome screen. Visits waiting to be sent stay in the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PowerScreen.qml" line="22" />
        <source>Restart the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PowerScreen.qml" line="29" />
        <source>Exit to the desktop closes the kiosk app and does not start it again: citizens cannot use the station until it is restarted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PowerScreen.qml" line="36" />
        <source>Exit to the desktop</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CareScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>next check due %1 (%n day(s))</source>
        <translation><numerusform>next check due %1 (%n day)</numerusform><numerusform>next check due %1 (%n days)</numerusform></translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>%n visit(s) waiting to be sent</source>
        <translation><numerusform>%n visit waiting to be sent</numerusform><numerusform>%n visits waiting to be sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>%n refused by the server</source>
        <translation><numerusform>%n refused by the server</numerusform><numerusform>%n refused by the server</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>oldest waiting %n minute(s)</source>
        <translation><numerusform>oldest waiting %n minute</numerusform><numerusform>oldest waiting %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>%n attempt(s)</source>
        <translation><numerusform>%n attempt</numerusform><numerusform>%n attempts</numerusform></translation>
    </message>
</context>
<context>
    <name>MeasureTile</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/measure/MeasureTile.qml" line="5" />
        <source>Measure my health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/measure/MeasureTile.qml" line="6" />
        <source>Blood pressure, weight and height, blood oxygen and temperature, saved to your health record.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintSlip</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="14" />
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="15" />
        <source>Please take your slip from the printer. Its paper is running low.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="16" />
        <source>Please take your slip from the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="17" />
        <source>The printer is out of paper, so no slip this time. Your results are saved as usual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="18" />
        <source>The printer&apos;s cover is open, so no slip this time. Please ask a staff member. Your results are saved as usual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="21" />
        <source>The printer is not working right now, so no slip this time. Your results are saved as usual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="29" />
        <source>Print again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="29" />
        <source>Print my results</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="12" />
        <source>Your health record. Choose what you would like to see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="13" />
        <source>Your health record is not available right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="17" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="18" />
        <source>Blood pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="19" />
        <source>Weight and BMI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="20" />
        <source>Blood oxygen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="21" />
        <source>Pulse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="22" />
        <source>Vaccinations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="30" />
        <source>station %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="30" />
        <source>recorded by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="44" />
        <source>My health record</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="50" />
        <source>Reading your record… %n reading(s) so far</source>
        <translation><numerusform>Reading your record… %n reading so far</numerusform><numerusform>Reading your record… %n readings so far</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="59" />
        <source>Other services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="89" />
        <source>Your health record is not available right now: the health record system cannot be reached. Please try again at a later visit. Everything else at this station works as usual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="101" />
        <source>Nothing in your record yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="106" />
        <source>Readings from the last 12 months will appear here after you measure your health at a station. You can start now with “Measure my health”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="136" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="141" />
        <source>Nothing measured yet. Your trends are under the other tabs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="176" />
        <source>not measured today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="199" />
        <source>no earlier reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="219" />
        <source>These results are a health screening, not a diagnosis. Only a health worker can diagnose a condition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="243" />
        <source>Reading your record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="243" />
        <source>No readings of this kind in the last 12 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="259" />
        <source>No vaccinations in your record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="287" />
        <source>%1 (dose %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordTile</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordTile.qml" line="5" />
        <source>My health record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordTile.qml" line="6" />
        <source>Your readings of the last 12 months, how they changed, and your vaccinations.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ServicesScreen.qml" line="11" />
        <source>What would you like to do? Choose a service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ServicesScreen.qml" line="20" />
        <source>Hello %1, what would you like to do?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ServicesScreen.qml" line="21" />
        <source>What would you like to do?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlipWords</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="12" />
        <source>Health check results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="13" />
        <source>Digital Citizen Station %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="16" />
        <source>For: %1 · ID number %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="27" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="35" />
        <source>A result needs urgent attention. If you feel unwell, call 115 now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="36" />
        <source>A health screening, not a diagnosis. Only a health worker can diagnose a condition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="41" />
        <source>Your visit&apos;s record number, for your clinic</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="32" />
        <source>Blood pressure (mmHg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="33" />
        <source>Weight (kg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="34" />
        <source>Body mass index (BMI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="35" />
        <source>Blood oxygen (SpO2, %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="36" />
        <source>Pulse (beats per minute)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="49" />
        <source>upper (systolic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="49" />
        <source>lower (diastolic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="56" />
        <source>measured elsewhere: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="62" />
        <source>limits of the clinical bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="183" />
        <source>%1/%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/CodeKeypad.qml" line="1" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/CodeKeypad.qml" line="1" />
        <source>OK, check this code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrescriptionEntryScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Hold your prescription&apos;s QR code up to the camera, or type the code on the keypad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Check my prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Hold the prescription&apos;s QR code up to the camera, or type its code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Type the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Back to the services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Looking up your prescription…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Demo: hold up a prescription QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>The code has %1 letters or digits, a hyphen, then C, N, H or Y. Example: 40618R001935-C.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrescriptionResultScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Your prescription is shown. These medicines are dispensed only at the pharmacy counter, with your ID card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Your prescription is shown. Show the pick-up pass to the pharmacy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>This prescription has expired. Please see your doctor for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>This prescription has already been dispensed at a pharmacy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>No prescription with this code was found for you. Please check the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>%1 · code %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>We found no prescription with this code for you. Please check the code and type it again, or ask the pharmacy or the doctor who wrote it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Its medicines can no longer be bought with it. Please see your doctor for a new prescription.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Its medicines were already handed out at a pharmacy. It cannot be used again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Controlled medicines: dispensed only at the pharmacy counter, to you, with your ID card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Prescribed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Facility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Pick-up pass</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Show this at the pharmacy with your ID card. Valid for %n minute(s).</source>
        <translation><numerusform>Show this at the pharmacy with your ID card. Valid for %n minute.</numerusform><numerusform>Show this at the pharmacy with your ID card. Valid for %n minutes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Check another code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrescriptionTile</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionTile.qml" line="1" />
        <source>Check my prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionTile.qml" line="1" />
        <source>Show or type your e-prescription code: see your medicines and get a pick-up pass for the pharmacy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrescriptionWords</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Please type the prescription code first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The hyphen (-) is missing or there is more than one. The code ends with a hyphen and one letter, for example …-C.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Before the hyphen, use only letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>After the hyphen comes one letter: C, N, H or Y.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The code shown to the camera is not a prescription code. Show the prescription&apos;s QR code, or type the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The camera is busy right now. Please type the code on the keypad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The camera is not working. Please type the code on the keypad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The prescription service cannot be reached right now. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The prescription service did not answer in time. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The prescription service gave an answer this station cannot read. Please try again, or ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>This code belongs to more than one prescription, so it cannot be shown here. Please ask the pharmacy or the clinic that wrote it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>This prescription does not name its patient, so it cannot be checked here. Please ask the clinic that wrote it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The pick-up pass could not be made at this station. Show your ID card and this code at the pharmacy instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Your prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>This prescription has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>This prescription has already been dispensed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Prescription not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Ordinary prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Narcotic medicine prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Psychotropic or precursor medicine prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Traditional medicine prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>until %1 (today is the last day)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>until %1 (%n more day(s))</source>
        <translation><numerusform>until %1 (%n more day)</numerusform><numerusform>until %1 (%n more days)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>until %1 (expired)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Before the hyphen the code has exactly %1 letters or digits. Please count them again.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>